import { onMount } from 'solid-js';
import { DeleteSection } from './data/DeleteSection';
import { ExportSection } from './data/ExportSection';
import { ImportSection } from './data/ImportSection';
import { KeptHere } from './data/KeptHere';
import { startDataPage } from './data/data-store';
import './planner.css';

/** The "Your data" page's controls: what is kept here, export, import, delete all. */
export default function DataManager() {
  onMount(startDataPage);
  return (
    <div class="data-manager">
      <KeptHere />
      <ExportSection />
      <ImportSection />
      <DeleteSection />
    </div>
  );
}
