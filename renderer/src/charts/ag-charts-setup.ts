import { AllCommunityModule, ModuleRegistry } from 'ag-charts-community';

// Community modules only: the Enterprise ones are not ours to use. Registered once, before any chart is made.
ModuleRegistry.registerModules([AllCommunityModule]);
