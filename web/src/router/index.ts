import { createRouter, createWebHistory } from 'vue-router';
import { installGuards } from './guard';
import { routes } from './routes';

/** The app's router: history mode (the server falls back to index.html for client routes). */
export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
});

installGuards(router);
