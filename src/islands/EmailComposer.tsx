import type { EmailKind } from '../domain/records/model';
import { ComposerPanel } from './parts/ComposerPanel';
import { ToolFrame } from './parts/ToolFrame';
import './planner.css';

/** The email composer as an island for a guide page; `kind` picks the email it opens on. */
export default function EmailComposer(props: { kind?: EmailKind }) {
  return (
    <ToolFrame withProfile title="Email composer" intro="Drafts your email from your interview and notes, and checks it as you edit. Copy it, or open it in your email app.">
      {(interview) => <ComposerPanel interview={interview} kind={props.kind} />}
    </ToolFrame>
  );
}
