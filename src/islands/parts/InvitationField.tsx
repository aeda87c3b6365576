import { lazy, Show, Suspense } from 'solid-js';
import { invitationPanelOpen, setInvitationPanelOpen } from '../import/invitation-open';

// The panel, the reader (ical.js) and the zone table load only once a file is given:
// this field is on the planner's first screen, which must stay light.
const InvitationPanel = lazy(() => import('../import/InvitationPanel'));
const actions = () => import('../import/invitation-actions');

/**
 * "Interview invitation (.ics)": choose or drop the invitation, and the
 * panel below shows what it would fill before anything is saved.
 */
export function InvitationField() {
  const read = (file: File | undefined) => {
    if (!file) return;
    setInvitationPanelOpen(true);
    void actions().then((module) => module.readInvitationFile(file));
  };
  return (
    <div class="stack">
      <div
        class="field drop-zone"
        onDragOver={(event) => event.dataTransfer?.types.includes('Files') && event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          read(event.dataTransfer?.files[0]);
        }}
      >
        <label for="invitation-file">Interview invitation (.ics)</label>
        <p class="hint" id="invitation-file-hint">
          Start from the invitation in your calendar: choose or drop its .ics file. You check what it fills before anything is saved.
        </p>
        <input
          id="invitation-file"
          type="file"
          accept=".ics,text/calendar"
          aria-describedby="invitation-file-hint"
          onChange={(event) => {
            read(event.currentTarget.files?.[0]);
            event.currentTarget.value = '';
          }}
        />
      </div>
      <Show when={invitationPanelOpen()}>
        <Suspense fallback={<p class="status">Reading the invitation…</p>}>
          <InvitationPanel />
        </Suspense>
      </Show>
    </div>
  );
}
