import { Image, View } from '@tarojs/components';
import { formatDeadline, formatMoment } from '../../../utils/format';
import type { EnterpriseRequest } from './types';
import { MATCH_WORDS, wan } from './words';
import { Card } from '../../../components/Card';

/** What both sides see of a request: what was asked, where it is, what came of it, and its timeline. */
export function RequestFacts({ request }: { request: EnterpriseRequest }) {
  const rows: Array<[string, string]> = [
    ['编号', request.ticketNo],
    ['企业', request.enterpriseName],
    ['类型', request.typeLabel],
    ['状态', `${request.stateLabel}${request.supervised ? '（督办）' : ''}`],
    ['责任部门', request.departmentName],
    ['包联干部', request.liaisonName ?? '未分配'],
    ['提交时间', formatMoment(request.filedAt)],
  ];
  if (request.dueAt)
    rows.push([
      request.state === 'submitted' ? '受理时限' : '办结时限',
      `${formatDeadline(request.dueAt)}${request.overdue ? '（已超时）' : ''}`,
    ]);
  if (request.financing)
    rows.push([
      '融资需求',
      `${wan(request.financing.amountWan)}，${request.financing.termMonths} 个月，用于${request.financing.purpose}`,
    ]);
  if (request.outcome) {
    rows.push(['办结结果', request.outcome.summary]);
    if (request.outcome.financingWan) rows.push(['融资到位', wan(request.outcome.financingWan)]);
    if (request.outcome.jobsFilled) rows.push(['招到人数', `${request.outcome.jobsFilled} 人`]);
    if (request.outcome.policiesApplied) rows.push(['申报政策', `${request.outcome.policiesApplied} 项`]);
  }
  if (request.rating)
    rows.push(['企业评价', `${request.rating.stars} 星${request.rating.comment ? `：${request.rating.comment}` : ''}`]);

  return (
    <View>
      <Card title={request.title} testId="request-facts">
        <View className="lead">{request.description}</View>
        <View {...{ role: 'list' }}>
          {rows.map(([k, v]) => (
            <View key={k} className="row" {...{ role: 'listitem' }}>
              <View className="muted">{k}</View>
              <View>{v}</View>
            </View>
          ))}
        </View>
        {request.attachments.length > 0 ? (
          <View className="row spaced">
            {request.attachments.map((path, i) => (
              <Image
                key={path}
                className="iss-photo__img"
                src={path}
                mode="aspectFill"
                nativeProps={{ alt: `附件 ${i + 1}` }}
              />
            ))}
          </View>
        ) : null}
      </Card>
      {request.matches.length > 0 ? (
        <Card title="定制融资" testId="request-matches">
          {request.matches.map((m) => (
            <View key={m.productId} className="item">
              <View className="msg__title">
                {m.provider}“{m.productName}”
              </View>
              <View className="muted">
                {MATCH_WORDS[m.status]}
                {m.status === 'granted' ? `：${wan(m.grantedWan)}` : ''}
                {m.note ? ` · ${m.note}` : ''}
              </View>
            </View>
          ))}
        </Card>
      ) : null}
      <Card title="办理经过" testId="request-timeline">
        <View {...{ role: 'list' }}>
          {request.timeline.map((e, i) => (
            <View key={`${e.at}-${i}`} className="item" {...{ role: 'listitem' }}>
              <View className="muted">
                {formatMoment(e.at)} · {e.actorName}
              </View>
              <View>{e.note}</View>
            </View>
          ))}
        </View>
      </Card>
    </View>
  );
}
