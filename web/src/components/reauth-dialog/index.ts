import ReauthDialog from './src/reauth-dialog.vue';

export { ReauthDialog };
export default ReauthDialog;
export * from './src/reauth-dialog';
