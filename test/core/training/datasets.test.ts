import { expect } from '@open-wc/testing';
import {
  DATASETS,
  generateDataset,
  isRegression,
  splitPoints,
} from '../../../src/core/training/index.js';

describe('seeded datasets', () => {
  for (const name of DATASETS) {
    it(`${name}: the same seed gives the same points, another seed others`, () => {
      const options = { name, classes: 3, noise: 0.2, count: 120, seed: 4 };
      const a = generateDataset(options);
      expect(a).to.deep.equal(generateDataset(options));
      expect(a).to.not.deep.equal(generateDataset({ ...options, seed: 5 }));
      expect(a.length).to.equal(120);
      for (const p of a) {
        expect(Number.isFinite(p.x) && Number.isFinite(p.y)).to.equal(true);
        if (isRegression(name)) expect(Math.abs(p.label)).to.be.at.most(1);
        else expect([0, 1, 2]).to.include(p.label);
      }
    });
  }

  for (const classes of [2, 3, 4, 5]) {
    it(`spiral and gauss with ${classes} classes give each class its share`, () => {
      for (const name of ['spiral', 'gauss', 'circle', 'xor'] as const) {
        const points = generateDataset({ name, classes, noise: 0, count: 200, seed: 1 });
        const counts = new Array(classes).fill(0);
        for (const p of points) counts[p.label]++;
        for (const count of counts) expect(count, name).to.be.above(200 / classes / 2);
      }
    });
  }

  it('XOR with two classes labels by whether x and y have the same sign', () => {
    const points = generateDataset({ name: 'xor', classes: 2, noise: 0, count: 200, seed: 3 });
    for (const p of points) expect(p.label).to.equal(p.x * p.y > 0 ? 0 : 1);
  });

  it('splits in a seeded order by the ratio, every point in exactly one set', () => {
    const points = generateDataset({ name: 'circle', classes: 2, noise: 0, count: 101, seed: 2 });
    const { train, test } = splitPoints(points, 0.3, 9);
    expect(train.length).to.equal(30);
    expect(test.length).to.equal(71);
    expect(new Set([...train, ...test]).size).to.equal(101);
    expect(splitPoints(points, 0.3, 9)).to.deep.equal({ train, test });
  });
});
