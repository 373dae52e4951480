import ContactsEditor from './src/contacts-editor.vue';

export { ContactsEditor };
export default ContactsEditor;
export * from './src/contacts-editor';
