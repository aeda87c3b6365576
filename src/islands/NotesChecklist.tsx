import { NotesFields } from './parts/NotesFields';
import { ToolFrame } from './parts/ToolFrame';
import './planner.css';

/** The your notes checklist as an island for a guide page; the planner page shows the same panel. */
export default function NotesChecklist() {
  return (
    <ToolFrame title="Your notes checklist" intro="Tick what you did in the room and jot down the rest while it is fresh. It saves as you type.">
      {(interview) => <NotesFields interview={interview} />}
    </ToolFrame>
  );
}
