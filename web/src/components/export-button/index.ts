import ExportButton from './src/export-button.vue';

export { ExportButton };
export default ExportButton;
export * from './src/export-button';
