import { createApp } from 'vue';
import OrderPage from './OrderPage.vue';

const app = document.getElementById('app')!;
createApp(OrderPage, { apiUrl: app.dataset.api! }).mount(app);
