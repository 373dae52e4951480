import DialogFooter from './src/dialog-footer.vue';

export { DialogFooter };
export default DialogFooter;
export * from './src/dialog-footer';
