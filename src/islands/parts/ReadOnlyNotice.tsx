import { NEWER_VERSION } from '../../domain/records/newer-version';

/**
 * A record a newer version of Nudge saved: this tab shows it as well as its
 * code can read it and never writes it (it would drop what it does not know).
 * Reloading brings the newer version, which reads and edits it.
 */
export function ReadOnlyNotice(props: { what?: string }) {
  return (
    <div class="tool notice" role="status">
      <p>
        <strong>{NEWER_VERSION}.</strong> {props.what ?? 'It is shown here as this version of Nudge reads it'}, and nothing you do here changes it.
      </p>
      <div class="actions">
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    </div>
  );
}
