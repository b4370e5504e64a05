import { expect, waitUntil } from '@open-wc/testing';
import { css, type CSSResult } from 'lit';
import { LazyView, prefetchWhenIdle, type LoadHost } from '../../src/internal/lazy-view.js';

/** A host that records what it was asked to wait for and which view styles it took. */
function recordingHost(): LoadHost & { loads: Promise<unknown>[]; styles: CSSResult[] } {
  const loads: Promise<unknown>[] = [];
  const styles: CSSResult[] = [];
  return {
    loads,
    styles,
    awaitLoad: (load) => void loads.push(load),
    adoptViewStyles: (sheet) => void styles.push(sheet),
  };
}

/** An importer the test resolves or rejects by hand, counting its calls. */
function manualImporter<M>() {
  let settle: { resolve(module: M): void; reject(error: Error): void } | undefined;
  let calls = 0;
  const importer = (): Promise<M> => {
    calls += 1;
    return new Promise<M>((resolve, reject) => (settle = { resolve, reject }));
  };
  return { importer, settle: () => settle!, calls: () => calls };
}

describe('LazyView: a view fetched on first use', () => {
  it('is missing on first use, asks its host to wait, and is there once fetched', async () => {
    const { importer, settle, calls } = manualImporter<{ render(): string }>();
    const view = new LazyView(importer);
    const host = recordingHost();
    expect(view.use(host)).to.be.undefined;
    expect(host.loads).to.have.length(1);
    expect(view.use(host), 'still missing').to.be.undefined;
    expect(calls(), 'fetched once however often it is asked for').to.equal(1);
    settle().resolve({ render: () => 'panel' });
    await host.loads[0];
    expect(view.use(host)?.render()).to.equal('panel');
    expect(view.unavailable).to.be.false;
  });

  it("hands its host the view's own styles once the view is here, not before", async () => {
    const { importer, settle } = manualImporter<{ styles: CSSResult }>();
    const view = new LazyView(importer);
    const host = recordingHost();
    view.use(host);
    expect(host.styles, 'nothing to adopt while the code is missing').to.be.empty;
    const styles = css`
      .panel {
        color: red;
      }
    `;
    settle().resolve({ styles });
    await host.loads[0];
    view.use(host);
    expect(host.styles).to.deep.equal([styles]);
  });

  it('says when its code could not be fetched, and does not ask again on every render', async () => {
    const { importer, settle, calls } = manualImporter<object>();
    const view = new LazyView(importer);
    const host = recordingHost();
    view.use(host);
    settle().reject(new Error('404'));
    await Promise.allSettled(host.loads);
    expect(view.unavailable).to.be.true;
    expect(view.use(host)).to.be.undefined;
    expect(calls(), 'a render after the failure does not fetch again').to.equal(1);
    // A later explicit load (the next prefetch, say) tries again.
    const retry = view.load();
    settle().resolve({});
    await retry;
    expect(view.unavailable).to.be.false;
    expect(view.use(host)).to.deep.equal({});
  });

  it('is fetched when the page is idle, before anything uses it', async () => {
    const { importer, settle, calls } = manualImporter<object>();
    const view = new LazyView(importer);
    prefetchWhenIdle([view]);
    prefetchWhenIdle([view]);
    await waitUntil(() => calls() > 0, 'never prefetched');
    settle().resolve({ ready: true });
    await view.load();
    expect(view.use(recordingHost())).to.deep.equal({ ready: true });
    expect(calls(), 'scheduled once').to.equal(1);
  });
});
