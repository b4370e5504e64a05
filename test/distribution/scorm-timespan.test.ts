import { expect } from '@open-wc/testing';
import { scormTimespan } from '../../src/embed/scorm-runtime.js';

/** cmi.core.session_time is a SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
describe('the session time reported to a SCORM 1.2 LMS', () => {
  it('writes hours, minutes, seconds and hundredths', () => {
    expect(scormTimespan(0)).to.equal('0000:00:00.00');
    expect(scormTimespan(5_270)).to.equal('0000:00:05.27');
    expect(scormTimespan(3_723_456)).to.equal('0001:02:03.46');
  });

  it('carries a rounded-up second into the minute', () => {
    expect(scormTimespan(59_999)).to.equal('0000:01:00.00');
  });

  it('stays within what the data model can say', () => {
    expect(scormTimespan(-5)).to.equal('0000:00:00.00');
    expect(scormTimespan(1e12)).to.equal('9999:59:59.99');
  });
});
