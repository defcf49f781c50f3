import { getFormatter, getTranslations } from 'next-intl/server';
import type { MeetingData } from '@/lib/meeting';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const CHINESE = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/** The structured data of a meeting report, shown beside its body. */
export async function MeetingFactBox({ meeting, language }: { meeting: MeetingData; language: 'en' | 'zh' }) {
  const [t, format] = await Promise.all([getTranslations('meeting'), getFormatter()]);
  const numeral = (i: number) => (language === 'zh' ? `${CHINESE[i] ?? i + 1}、` : `${ROMAN[i] ?? i + 1}. `);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(meeting.date) ? new Date(`${meeting.date}T12:00:00Z`) : null;
  return (
    <aside aria-labelledby="fact-box-title" className="my-6 rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm" data-testid="fact-box">
      <h2 id="fact-box-title" className="mb-3 text-base font-semibold text-brand-900">
        {t('factBox')}
      </h2>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-600">{t('name')}</dt>
        <dd>{meeting.name}</dd>
        <dt className="font-medium text-slate-600">{t('kind')}</dt>
        <dd>{t(`kinds.${meeting.kind}`)}</dd>
        <dt className="font-medium text-slate-600">{t('date')}</dt>
        <dd>{date ? format.dateTime(date, { dateStyle: 'long', timeZone: 'UTC' }) : meeting.date}</dd>
        <dt className="font-medium text-slate-600">{t('location')}</dt>
        <dd>{meeting.location}</dd>
        <dt className="font-medium text-slate-600">{t('presider')}</dt>
        <dd>
          {meeting.presider.name}
          {meeting.presider.position && `, ${meeting.presider.position}`}
        </dd>
        <dt className="font-medium text-slate-600">{t('attendees')}</dt>
        <dd>{meeting.attendees}</dd>
      </dl>
      {meeting.speeches.length > 0 && (
        <>
          <h3 className="mt-4 mb-2 font-semibold text-brand-900">{t('speeches')}</h3>
          <ol className="space-y-3">
            {meeting.speeches.map((s, i) => (
              <li key={i}>
                <p className="font-medium">
                  {s.speaker}
                  {s.position && <span className="font-normal text-slate-600">, {s.position}</span>}
                </p>
                {s.title && <p className="italic">{s.title}</p>}
                {s.keyTasks.length > 0 && (
                  <ul aria-label={t('keyTasks')} className="mt-1 space-y-0.5">
                    {s.keyTasks.map((task, j) => (
                      <li key={j}>
                        {numeral(j)}
                        {task}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
