import { PublicPlanList } from './PlanListPage';

export default PublicPlanList;
