/**
 * A load shared by every caller while it runs and once it has succeeded; a failed load is
 * forgotten, so the next call (a page's "Try again") loads afresh. The elements use it for the
 * code they define on demand; each keeps its own literal `import()`, which is what a bundler
 * splits into a chunk.
 */
export function loadOnce(load: () => Promise<unknown>): () => Promise<void> {
  let loading: Promise<void> | undefined;
  return () => {
    if (!loading) {
      loading = load().then(() => undefined);
      loading.catch(() => (loading = undefined));
    }
    return loading;
  };
}
