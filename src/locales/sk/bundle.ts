import countries from './countries.json';
import documents from './documents.json';
import law from './law.json';
import offices from './offices.json';
import plan from './plan.json';
import problems from './problems.json';
import uiAdviser from './ui-adviser.json';
import uiApp from './ui-app.json';
import uiCalculators from './ui-calculators.json';
import uiPlan from './ui-plan.json';
import uiQuestions from './ui-questions.json';

/** Every Slovak text, merged from the topic files (each topic owns its top-level keys). */
const bundle: Record<string, unknown> = { ...plan, ...law, ...countries, ...documents, ...offices, ...uiPlan, ...uiQuestions, ...uiApp, ...uiCalculators, ...uiAdviser, ...problems };
export default bundle;
