import { createSignal, lazy, Show, type JSX } from 'solid-js';

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
  const take = (files?: FileList | null) => files?.[0] && setFile(files[0]);
  return (
    <div
      class="stack"
      onChange={(event) => {
        // Only the file field: the panel's own choices (which event, which suggestion) bubble here too.
        const input = event.target as HTMLInputElement;
        if (input.type !== 'file') return;
        take(input.files);
        // Cleared, so choosing the same file again (after fixing it, say) reads it again.
        input.value = '';
      }}
      onDrop={(event) => {
        event.preventDefault();
        take(event.dataTransfer?.files);
      }}
      onDragOver={(event) => event.preventDefault()}
    >
      {props.children}
      {/* No Suspense: nothing shows until the panel has loaded, and it costs the first visit fewer bytes. */}
      <Show when={file()}>{(chosen) => <InvitationPanel file={chosen()} onClose={() => setFile(undefined)} />}</Show>
    </div>
  );
}
