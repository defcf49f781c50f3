import { getFormatter, getTranslations } from 'next-intl/server';
import { taskNumeral, type MeetingData } from '@/lib/meeting';

/**
 * The structured data of a meeting report, shown above its body. Key tasks are numbered
 * as the report's language writes them ("I." or "一、"); the kind is named in the reader's
 * language, from the meeting_kinds table.
 */
export async function MeetingFactBox({
  meeting,
  language,
  kindName,
}: {
  meeting: MeetingData;
  language: 'en' | 'zh';
  kindName: string | null;
}) {
  const [t, format] = await Promise.all([getTranslations('meeting'), getFormatter()]);
  const numeral = (i: number) => taskNumeral(i, language);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(meeting.date) ? new Date(`${meeting.date}T12:00:00Z`) : null;
  return (
    <aside aria-labelledby="fact-box-title" className="fact-box my-6 rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm print:break-inside-avoid print:border-slate-400 print:bg-white" data-testid="fact-box">
      <h2 id="fact-box-title" className="mb-3 text-base font-semibold text-brand-900">
        {t('factBox')}
      </h2>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        {meeting.name && <Fact label={t('name')}>{meeting.name}</Fact>}
        {kindName && <Fact label={t('kind')}>{kindName}</Fact>}
        {meeting.date && (
          <Fact label={t('date')} testId="fact-date">
            {date ? <time dateTime={meeting.date}>{format.dateTime(date, { dateStyle: 'long', timeZone: 'UTC' })}</time> : meeting.date}
          </Fact>
        )}
        {meeting.location && (
          <Fact label={t('location')} testId="fact-location">
            {meeting.location}
          </Fact>
        )}
        {meeting.presider.name && (
          <Fact label={t('presider')} testId="fact-presider">
            {meeting.presider.name}
            {meeting.presider.position && `, ${meeting.presider.position}`}
          </Fact>
        )}
        {meeting.attendees && (
          <Fact label={t('attendees')} testId="fact-attendees">
            {meeting.attendees}
          </Fact>
        )}
      </dl>
      {meeting.speeches.length > 0 && (
        <>
          <h3 className="mt-4 mb-2 font-semibold text-brand-900">{t('speeches')}</h3>
          <ol className="space-y-3">
            {meeting.speeches.map((s, i) => (
              <li key={i} data-testid="fact-speech" lang={language === 'zh' ? 'zh-CN' : 'en'}>
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

function Fact({ label, testId, children }: { label: string; testId?: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}
