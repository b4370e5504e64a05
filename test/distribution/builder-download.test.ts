import { expect } from '@open-wc/testing';
import { downloadScormPackage } from '../../demo/builder/download.js';

/** What the builder's SCORM button says when the single-file page it wraps is not there. */
describe('the builder without a built single-file page', () => {
  it('says the one command that builds it', async () => {
    const fetch = window.fetch;
    // As `npm start` answers before `npm run build:dist` has run.
    window.fetch = async () => new Response('not built', { status: 404 });
    try {
      const said = await downloadScormPackage('chain-rule-gears', [['ratios', '2 3']]);
      expect(said).to.equal(
        'The single-file page (embed-standalone.html) has not been built: run npm run build:dist, then try again.',
      );
    } finally {
      window.fetch = fetch;
    }
  });
});
