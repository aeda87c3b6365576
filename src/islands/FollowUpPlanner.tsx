import { FollowUpPanel } from './parts/FollowUpPanel';
import { ToolFrame } from './parts/ToolFrame';
import './planner.css';

/** The your follow-up schedule as an island for a guide page; the planner page shows the same panel. */
export default function FollowUpPlanner() {
  return (
    <ToolFrame title="Your follow-up schedule" intro="Every follow-up for this interview, on the interviewer's clock and yours. Download them to your calendar.">
      {(interview) => <FollowUpPanel interview={interview} />}
    </ToolFrame>
  );
}
