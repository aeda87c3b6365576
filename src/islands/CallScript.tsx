import { CallScriptPanel } from './parts/CallScriptPanel';
import { ToolFrame } from './parts/ToolFrame';
import './planner.css';

/** The your call script as an island for a guide page; the planner page shows the same panel. */
export default function CallScript() {
  return (
    <ToolFrame withProfile title="Your call script" intro="What to say when you call to check in, and a voicemail version.">
      {(interview) => <CallScriptPanel interview={interview} />}
    </ToolFrame>
  );
}
