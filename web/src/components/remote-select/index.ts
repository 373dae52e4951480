import RemoteSelect from './src/remote-select.vue';

export { RemoteSelect };
export default RemoteSelect;
export * from './src/remote-select';
