import { createApp } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import App from './app.vue';
import { bootstrapClient } from './bootstrap';
import { i18n, setLocale, initialLocale } from './locales';
import { router } from './router';
import './styles/main.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);
app.use(i18n);
app.use(ElementPlus);
bootstrapClient(pinia, router);
app.use(router);
setLocale(initialLocale());
app.mount('#app');
