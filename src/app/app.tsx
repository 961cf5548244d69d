import { useTranslation } from 'react-i18next';

export function App() {
  const { t } = useTranslation('start');
  return <main><h1>{t('heading')}</h1></main>;
}
