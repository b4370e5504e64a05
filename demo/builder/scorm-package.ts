import { zipSync, strToU8 } from 'fflate';
import { configBlock } from '../../src/embed/embed-params.js';
import { embedQuery } from '../../src/embed/embed-request.js';
import { pageInLanguage } from '../../src/embed/page-catalogues.js';
import type { ElementTag } from '../../src/element-tags.js';
import type { Attributes } from './snippets.js';

/**
 * A SCORM 1.2 package, built in the browser: a zip with imsmanifest.xml at its root and
 * index.html, the single-file embed page with the chosen element, attributes and language baked
 * in, and SCORM reporting switched on (see src/embed/scorm-runtime.ts). The page keeps only
 * the chosen language's messages (English is in its script). An LMS imports it as an
 * activity; nothing needs hosting.
 */

export const LAUNCH_FILE = 'index.html';

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A short stable id from the figure's parameters, so two packages get two identifiers. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** What the LMS lists the activity as: the tag and its first attribute's value. */
export function packageTitle(tag: ElementTag, attributes: Attributes): string {
  const first = attributes.find(([, value]) => value !== '');
  return first ? `${tag}: ${first[1]}`.slice(0, 120) : tag;
}

/** The manifest: one organization with one item launching one SCO (index.html). */
export function scormManifest(tag: ElementTag, attributes: Attributes): string {
  const id = `backprop-elements-${tag}-${shortHash(embedQuery(tag, attributes))}`;
  const title = escapeXml(packageTitle(tag, attributes));
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-organization">
    <organization identifier="${id}-organization">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-resource" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-resource" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_FILE}">
      <file href="${LAUNCH_FILE}"/>
    </resource>
  </resources>
</manifest>
`;
}

/**
 * The standalone page with the figure baked in: the parameters go into a JSON data block (the
 * page reads it instead of its URL, which an LMS fills with its own launch parameters; the pass
 * mark `pass` of a figure that asks goes with them), the
 * page speaks `lang` only (see page-catalogues.ts), and the title names the figure. The page's
 * script, and so its CSP hash, are unchanged.
 */
export function bakePage(
  standaloneHtml: string,
  tag: ElementTag,
  attributes: Attributes,
  lang = 'en',
  pass?: number,
): string {
  const block = configBlock({ query: embedQuery(tag, attributes, lang, pass), scorm: true });
  if (!standaloneHtml.includes('</body>')) {
    throw new Error('the standalone page has no </body> to bake the figure into');
  }
  return pageInLanguage(standaloneHtml, lang)
    .replace(
      /<title>[^<]*<\/title>/,
      () => `<title>${escapeXml(packageTitle(tag, attributes))}</title>`,
    )
    .replace('</body>', () => `  ${block}\n  </body>`);
}

/** The zip's bytes. */
export function scormPackage(
  standaloneHtml: string,
  tag: ElementTag,
  attributes: Attributes,
  lang = 'en',
  pass?: number,
): Uint8Array {
  return zipSync(
    {
      'imsmanifest.xml': strToU8(scormManifest(tag, attributes)),
      [LAUNCH_FILE]: strToU8(bakePage(standaloneHtml, tag, attributes, lang, pass)),
    },
    { level: 9 },
  );
}
