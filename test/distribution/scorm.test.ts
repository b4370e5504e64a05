import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { unzipSync, strFromU8 } from 'fflate';
import type Scorm12ApiClass from 'scorm-again/scorm12';
import * as scorm12 from 'scorm-again/scorm12';
import { cataloguesIn } from '../../src/embed/page-catalogues.js';
import { messages as deShared } from '../../src/i18n/de/shared.js';
import { messages as deGears } from '../../src/i18n/de/chain-rule-gears.js';
import { openFrame, waitForFormula } from './frame.js';

/**
 * The builder's "Download SCORM package" button, as an author uses it: the zip it saves is
 * opened, its manifest checked for what SCORM 1.2 requires, and its page run under scorm-again
 * (a real SCORM 1.2 runtime, the `API` object an LMS provides) the way an LMS launches it: in a
 * frame below the window holding `API`. Needs `npm run build:dist` (the builder wraps
 * dist/embed-standalone.html).
 */

const IMSCP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

// The ES build exports the class by name; its type declarations describe a default export.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12ApiClass };
type ApiWindow = Window & { API?: object };

/** The builder opened on chain-rule-gears, once its preview shows. */
async function openBuilder(): Promise<HTMLIFrameElement> {
  // A background tab gets no animation frames, and the figures render on one.
  await executeServerCommand('bring-to-front');
  const builder = await openFrame('/demo/builder.html?el=chain-rule-gears', 900);
  await waitUntil(
    () => builder.contentDocument!.querySelector('chain-rule-gears')?.shadowRoot,
    'the builder never showed its preview',
  );
  return builder;
}

/** Clicks the builder's button and returns the file it saves (name and bytes). */
async function downloadFromBuilder(builder: HTMLIFrameElement) {
  const doc = builder.contentDocument!;
  const saved = new Promise<{ name: string; href: string }>((resolve) => {
    // A download is a click on a link with `download`: keep the file instead of saving it.
    doc.addEventListener(
      'click',
      (event) => {
        const link = event.target as HTMLAnchorElement;
        if (link.localName !== 'a' || !link.hasAttribute('download')) return;
        event.preventDefault();
        resolve({ name: link.download, href: link.href });
      },
      { capture: true },
    );
  });
  const button = [...doc.querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.trim() === 'Download SCORM package',
  );
  expect(button, 'the builder has a SCORM button').to.exist;
  button!.click();
  const { name, href } = await saved;
  const bytes = new Uint8Array(await (await fetch(href)).arrayBuffer());
  return { name, files: unzipSync(bytes) };
}

/**
 * The API the page finds, passing every call on to scorm-again's and writing it down: the
 * function, its arguments and what the runtime answered.
 */
function recordCalls(api: InstanceType<typeof Scorm12API>) {
  const log: { name: string; args: string[]; result: string }[] = [];
  const names = [
    'LMSInitialize',
    'LMSFinish',
    'LMSGetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSGetLastError',
    'LMSGetErrorString',
    'LMSGetDiagnostic',
  ] as const;
  const wrapped: Record<string, (...args: string[]) => string> = {};
  for (const name of names) {
    wrapped[name] = (...args: string[]) => {
      const result = String((api[name] as (...args: string[]) => unknown)(...args));
      log.push({ name, args, result });
      return result;
    };
  }
  const closingCall = (call: (typeof log)[number]) =>
    call.name === 'LMSSetValue'
      ? `LMSSetValue ${call.args[0]}${call.args[0] === 'cmi.core.exit' ? ` ${JSON.stringify(call.args[1])}` : ''}`
      : call.name;
  return {
    api: wrapped,
    /** Every call from the session time's write on: what the page does as it leaves. */
    closing: () => {
      const start = log.findIndex((call) => call.args[0] === 'cmi.core.session_time');
      return start < 0
        ? []
        : log
            .slice(start)
            .filter((c) => c.name !== 'LMSGetLastError')
            .map(closingCall);
    },
    valueSet: (element: string) =>
      log.find((call) => call.name === 'LMSSetValue' && call.args[0] === element)?.args[1],
    results: (name: string) => log.filter((call) => call.name === name).map((c) => c.result),
  };
}

function child(parent: Element, name: string): Element {
  const found = [...parent.children].find((element) => element.localName === name);
  if (!found) throw new Error(`<${parent.localName}> has no <${name}>`);
  return found;
}

describe('SCORM 1.2 package from the builder', () => {
  let files: Record<string, Uint8Array>;
  let name: string;
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    delete (window as ApiWindow).API;
  });

  before(async () => {
    const builder = await openBuilder();
    frames.push(builder);
    ({ name, files } = await downloadFromBuilder(builder));
    builder.remove();
  });

  it('is a zip with imsmanifest.xml at its root and the launch page', () => {
    expect(name).to.equal('chain-rule-gears-scorm.zip');
    expect(Object.keys(files).sort()).to.deep.equal(['imsmanifest.xml', 'index.html']);
  });

  it("has the manifest's required elements, pointing at a file in the zip", () => {
    const manifest = new DOMParser().parseFromString(
      strFromU8(files['imsmanifest.xml']),
      'application/xml',
    );
    expect(manifest.querySelector('parsererror'), 'well-formed XML').to.be.null;
    const root = manifest.documentElement;
    expect(root.localName).to.equal('manifest');
    expect(root.namespaceURI).to.equal(IMSCP);
    expect(root.getAttribute('identifier')).to.match(/^[\w.-]+$/);
    const metadata = child(root, 'metadata');
    expect(child(metadata, 'schema').textContent).to.equal('ADL SCORM');
    expect(child(metadata, 'schemaversion').textContent).to.equal('1.2');

    const organizations = child(root, 'organizations');
    const organization = child(organizations, 'organization');
    expect(organizations.getAttribute('default')).to.equal(organization.getAttribute('identifier'));
    expect(child(organization, 'title').textContent).to.contain('chain-rule-gears');
    const item = child(organization, 'item');
    const resource = child(child(root, 'resources'), 'resource');
    expect(item.getAttribute('identifierref')).to.equal(resource.getAttribute('identifier'));
    expect(resource.getAttribute('type')).to.equal('webcontent');
    expect(resource.getAttributeNS(ADLCP, 'scormtype')).to.equal('sco');
    const href = resource.getAttribute('href')!;
    expect(files).to.have.property(href);
    expect(child(resource, 'file').getAttribute('href')).to.equal(href);
  });

  it('initializes, is completed once the lever has travelled, and finishes on unload', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    const calls = recordCalls(api);
    (window as ApiWindow).API = calls.api;
    const page = URL.createObjectURL(
      new Blob([files['index.html'] as BlobPart], { type: 'text/html' }),
    );
    // The LMS's launch parameters are not the figure's: the page keeps its own.
    const frame = await openFrame(`${page}#?student_id=1`, 700);
    frames.push(frame);
    const gears = await waitForFormula(frame, 'chain-rule-gears');
    expect(gears.getAttribute('ratios'), 'the attributes baked in by the builder').to.equal('2 3');
    expect(api.isInitialized(), 'LMSInitialize was called').to.be.true;
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('incomplete');

    // The reader moves the lever with the keyboard: a touch is not the figure's main action,
    // moving it through two units (two large steps) is.
    gears.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(api.LMSGetValue('cmi.core.lesson_status'), 'after one small step').to.equal(
      'incomplete',
    );
    for (let step = 0; step < 2; step++) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Shift' });
    }
    await waitUntil(
      () => api.LMSGetValue('cmi.core.lesson_status') === 'completed',
      'lesson_status never became completed',
    );

    frame.remove();
    await waitUntil(() => api.isTerminated(), 'LMSFinish was not called on unload');
    expect(calls.closing(), 'what the page tells the LMS as it goes').to.deep.equal([
      'LMSSetValue cmi.core.session_time',
      'LMSSetValue cmi.core.exit ""',
      'LMSCommit',
      'LMSFinish',
    ]);
    const sessionTime = calls.valueSet('cmi.core.session_time');
    expect(sessionTime, 'a SCORM 1.2 timespan').to.match(/^\d{4}:[0-5]\d:[0-5]\d\.\d\d$/);
    expect(calls.results('LMSSetValue').every((result) => result === 'true')).to.be.true;
    URL.revokeObjectURL(page);
  });

  it('reports an unfinished figure as suspended, with the time spent', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    const calls = recordCalls(api);
    (window as ApiWindow).API = calls.api;
    const page = URL.createObjectURL(
      new Blob([files['index.html'] as BlobPart], { type: 'text/html' }),
    );
    const frame = await openFrame(page, 700);
    frames.push(frame);
    await waitForFormula(frame, 'chain-rule-gears');
    frame.remove();
    await waitUntil(() => api.isTerminated(), 'LMSFinish was not called on unload');
    expect(calls.closing()).to.deep.equal([
      'LMSSetValue cmi.core.session_time',
      'LMSSetValue cmi.core.exit "suspend"',
      'LMSCommit',
      'LMSFinish',
    ]);
    expect(calls.valueSet('cmi.core.session_time')).to.match(/^\d{4}:[0-5]\d:[0-5]\d\.\d\d$/);
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('incomplete');
    URL.revokeObjectURL(page);
  });

  it('works as a plain page when no LMS is around', async () => {
    const page = URL.createObjectURL(
      new Blob([files['index.html'] as BlobPart], { type: 'text/html' }),
    );
    const frame = await openFrame(page, 700);
    frames.push(frame);
    const gears = await waitForFormula(frame, 'chain-rule-gears');
    expect(gears.getAttribute('ratios')).to.equal('2 3');
    expect(frame.contentDocument!.querySelector('[role="alert"], [role="note"]')).to.be.null;
    URL.revokeObjectURL(page);
  });
});

describe('SCORM 1.2 package in the language chosen in the builder', () => {
  let page: string;
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  before(async () => {
    const builder = await openBuilder();
    const select = builder.contentDocument!.querySelector<HTMLSelectElement>('#figure-lang')!;
    select.value = 'de';
    select.dispatchEvent(new Event('change'));
    const { files } = await downloadFromBuilder(builder);
    builder.remove();
    page = strFromU8(files['index.html']);
  });

  it("is a German page carrying German's messages only", () => {
    const doc = new DOMParser().parseFromString(page, 'text/html');
    expect(doc.documentElement.lang).to.equal('de');
    expect(doc.documentElement.dir).to.equal('ltr');
    expect(cataloguesIn(page), 'English is in the script; German beside it').to.deep.equal(['de']);
    // Shown where scripts are off, so written in German into the page itself.
    expect(doc.querySelector('noscript')!.textContent).to.equal(deShared['embed.noscript']);
  });

  it('shows the figure in German, with the attributes chosen', async () => {
    const url = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
    frame = await openFrame(url, 700);
    const gears = (await waitForFormula(frame, 'chain-rule-gears')) as HTMLElement & {
      language: string;
    };
    await waitUntil(() => gears.language === 'de', 'the figure never spoke German');
    // German words from the page's own German block (a missing block would leave English).
    const title = gears.shadowRoot!.querySelector('.formula-title');
    await waitUntil(
      () => title?.textContent?.trim() === deGears['chain-rule-gears.formula.title'],
      'the figure is not in German',
    );
    expect(gears.getAttribute('ratios')).to.equal('2 3');
    expect(frame.contentDocument!.querySelector('[role="alert"], [role="note"]')).to.be.null;
    URL.revokeObjectURL(url);
  });
});
