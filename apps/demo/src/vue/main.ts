import { createApp } from 'vue';
import PartnerJourney from './PartnerJourney.vue';

createApp(PartnerJourney).mount('#journey');
