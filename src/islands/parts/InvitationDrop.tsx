import { createSignal, lazy, Show, Suspense, type JSX } from 'solid-js';

// The panel, the reader (ical.js) and the zone table load only once a file is given:
// the field is on the planner's first screen, which must stay light.
const InvitationPanel = lazy(() => import('../import/InvitationPanel'));

/**
 * Listens to the "Interview invitation (.ics)" field it wraps (static HTML,
 * `src/components/InvitationFileField.astro`): a file chosen or dropped opens
 * the panel, which reads it and shows what it would fill before anything is saved.
 */
export function InvitationDrop(props: { children: JSX.Element }) {
  const [file, setFile] = createSignal<File>();
  // One listener for both ways in: a file chosen in the field (change) or dropped on it.
  const take = (event: Event & { dataTransfer?: DataTransfer | null }) => {
    const input = event.target as HTMLInputElement;
    const fromField = input.type === 'file';
    if (event.dataTransfer) event.preventDefault();
    const given = event.dataTransfer ? event.dataTransfer.files[0] : fromField ? input.files?.[0] : undefined;
    if (!given) return;
    setFile(given);
    // Cleared, so choosing the same file again (after fixing it, say) reads it again.
    if (fromField) input.value = '';
  };
  return (
    <div class="stack" onChange={take} onDrop={take} onDragOver={(event) => event.preventDefault()}>
      {props.children}
      <Suspense>
        <Show when={file()}>{(chosen) => <InvitationPanel file={chosen()} onClose={() => setFile(undefined)} />}</Show>
      </Suspense>
    </div>
  );
}
