import type { ElementTag } from '../../src/element-tags.js';
import { scormPackage } from './scorm-package.js';
import type { Attributes } from './snippets.js';

/**
 * The single-file embed page the package wraps: beside the builder on the built site; `npm start`
 * serves the one `npm run build:dist` wrote.
 */
const STANDALONE_URL = './embed-standalone.html';

/** Saves a file the way a download link does. */
function save(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the file before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Builds the SCORM zip for the figure, in `lang`, in the browser and saves it. Resolves with the sentence
 * the builder shows: what was saved, or why nothing was.
 */
export async function downloadScormPackage(
  tag: ElementTag,
  attributes: Attributes,
  lang = 'en',
  pass?: number,
): Promise<string> {
  let page: string;
  try {
    const response = await fetch(new URL(STANDALONE_URL, location.href));
    if (!response.ok) throw new Error(String(response.status));
    page = await response.text();
  } catch {
    // Under `npm start` the page is the one build:dist last wrote; say the one command that makes it.
    return 'The single-file page (embed-standalone.html) has not been built: run npm run build:dist, then try again.';
  }
  try {
    const fileName = `${tag}-scorm.zip`;
    save(scormPackage(page, tag, attributes, lang, pass), fileName, 'application/zip');
    return `Saved ${fileName}: import it into your LMS as a SCORM 1.2 package.`;
  } catch (error) {
    return `The package could not be built: ${error instanceof Error ? error.message : String(error)}.`;
  }
}
