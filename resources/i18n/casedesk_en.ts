<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name />
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="81" />
      <source>（待确认）</source>
      <translation> (to be confirmed)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="92" />
      <source>{name}（{details}）</source>
      <translation>{name} ({details})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="96" />
      <source>{room} 室</source>
      <translation>Flat {room}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="105" />
      <source>{on}：{change}（{who}）</source>
      <translation>{on}: {change} ({who})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="110" />
      <location filename="../../src/casedesk/ui/mediation.py" line="116" />
      <source>：{note}</source>
      <translation>: {note}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="117" />
      <source>（{what}）</source>
      <translation> ({what})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="117" />
      <source>第 {n} 版</source>
      <translation>version {n}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="123" />
      <source>{on}：{terms}（履行期限 {deadline}）</source>
      <translation>{on}: {terms} (to be performed by {deadline})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="131" />
      <source>{on}（{who}）：{findings}</source>
      <translation>{on} ({who}): {findings}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="140" />
      <source>案件：{case}（{community}）　状态：{status}{blocking}　期限：{due}{overdue}</source>
      <translation>Case: {case} ({community})   Status: {status}{blocking}   Deadline: {due}{overdue}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="144" />
      <source>（阻塞推进）</source>
      <translation> (blocks the case)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="135" />
      <source>（超期）</source>
      <translation> (overdue)</translation>
    </message>
  </context>
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/about.py" line="20" />
      <source>版本</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/about.py" line="21" />
      <source>数据库</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/about.py" line="22" />
      <source>数据文件夹</source>
      <translation>Data folder</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/about.py" line="23" />
      <source>日志文件</source>
      <translation>Log file</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/about.py" line="24" />
      <source>程序文件夹</source>
      <translation>Program folder</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/about.py" line="26" />
      <source>运行环境</source>
      <translation>Runtime</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/about.py" line="28" />
      <source>（安装版）</source>
      <translation> (installed)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/about.py" line="36" />
      <source>关于 CaseDesk</source>
      <translation>About CaseDesk</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/about.py" line="38" />
      <source>&lt;h3&gt;CaseDesk 既有住宅增设电梯案件管理&lt;/h3&gt;</source>
      <translation>&lt;h3&gt;CaseDesk — elevator retrofit case management&lt;/h3&gt;</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/about.py" line="40" />
      <source>&lt;b&gt;{label}：&lt;/b&gt;{value}</source>
      <translation>&lt;b&gt;{label}:&lt;/b&gt; {value}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/about.py" line="46" />
      <source>界面与打印字体：思源黑体 Noto Sans SC（SIL 开放字体许可证 1.1）</source>
      <translation>Screen and print font: Noto Sans SC (SIL Open Font License 1.1)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/about.py" line="48" />
      <source>复制</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/about.py" line="57" />
      <source>{label}：{value}</source>
      <translation>{label}: {value}</translation>
    </message>
  </context>
  <context>
    <name>AcceptanceDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="170" />
      <source>如：质监部门监督检验合格，已办理使用登记</source>
      <translation>e.g. passed the quality inspectorate's check; use registration done</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="173" />
      <source>{title}：{status}</source>
      <translation>{title}: {status}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="179" />
      <source>验收日期</source>
      <translation>Acceptance date</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="180" />
      <source>备注</source>
      <translation>Remarks</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="181" />
      <source>验收材料</source>
      <translation>Acceptance documents</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="183" />
      <source>两项材料须已提交或经主管免交（在“进度”中附上扫描件）；登记后案件进入补贴拨付。</source>
      <translation>Both documents must be handed in or waived by a supervisor (attach scans under Progress); once recorded, the case moves on to subsidy payment.</translation>
    </message>
  </context>
  <context>
    <name>AgreementEditor</name>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="798" />
      <source>如：出资业主负责按期付款，一楼业主配合施工</source>
      <translation>e.g. the paying owners pay on time; the ground-floor owners let the works proceed</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="804" />
      <source>部分达成</source>
      <translation>Partial agreement</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="805" />
      <source>保存协议</source>
      <translation>Save agreement</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="806" />
      <source>打印调解协议书</source>
      <translation>Print mediation agreement</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="809" />
      <source>当事人</source>
      <translation>Parties</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="810" />
      <source>纠纷主要事实</source>
      <translation>Main facts of the dispute</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="811" />
      <source>争议事项</source>
      <translation>Matters in dispute</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="812" />
      <source>达成协议的内容</source>
      <translation>Terms agreed</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="813" />
      <source>各方当事人的责任</source>
      <translation>Each party's responsibilities</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="814" />
      <source>履行方式</source>
      <translation>Manner of performance</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="815" />
      <source>履行期限</source>
      <translation>Performance deadline</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="816" />
      <source>签订日期</source>
      <translation>Signed on</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="851" />
      <source>协议已保存</source>
      <translation>Agreement saved</translation>
    </message>
  </context>
  <context>
    <name>BallotGridModel</name>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="91" />
      <source>房号</source>
      <translation>Flat</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="92" />
      <source>楼层</source>
      <translation>Floor</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="93" />
      <source>面积(㎡)</source>
      <translation>Area (m²)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="94" />
      <source>业主</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="95" />
      <source>共有/多套</source>
      <translation>Co-owned / several flats</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="96" />
      <source>意见</source>
      <translation>Opinion</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="97" />
      <source>纸质件</source>
      <translation>Paper</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="98" />
      <source>签署日期</source>
      <translation>Signed on</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="99" />
      <source>理由</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="146" />
      <source>共 {n} 位共有人</source>
      <translation>{n} co-owners</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="148" />
      <source>另有 {n} 套</source>
      <translation>{n} more flat(s)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="161" />
      <source>未表决</source>
      <translation>Not voted</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="163" />
      <source>已扫描</source>
      <translation>Scanned</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="163" />
      <source>无纸质件</source>
      <translation>No paper</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="151" />
      <source>本户签字的意见表已扫描存档，选中本行即在右侧显示</source>
      <translation>The flat's signed form is on file; select the row to see it on the right</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="152" />
      <source>意见已录入，但本户签字的纸质意见表尚未扫描存档</source>
      <translation>Opinion typed, but the flat's signed paper form is not on file</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="153" />
      <source>尚未录入意见，纸质意见表也未扫描</source>
      <translation>No opinion typed and no signed form scanned yet</translation>
    </message>
  </context>
  <context>
    <name>BallotTab</name>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="263" />
      <source>导入业主名册…</source>
      <translation>Import owner roster…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="272" />
      <source>保存本次统计</source>
      <translation>Save this tally</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="260" />
      <source>撤回意见…</source>
      <translation>Withdraw opinion…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="264" />
      <source>扫描录入…</source>
      <translation>Scan in signed forms…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="266" />
      <source>读取复印机扫描的签字意见表（PDF、PNG、JPEG，可多选），按二维码归入各户并存档</source>
      <translation>Read the signed forms from the copier (PDF, PNG, JPEG, several at once), file each page under its flat by its QR code</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="278" />
      <source>键盘：1 同意，2 不同意（可填理由），3 弃权，自动跳到下一户；Delete 撤回意见</source>
      <translation>Keys: 1 agree, 2 disagree (a reason may be given), 3 abstain; moves to the next owner; Delete withdraws an opinion</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="285" />
      <source>不同意理由（可不填）</source>
      <translation>Reason for disagreeing (optional)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="286" />
      <source>Enter 记录，Esc 取消</source>
      <translation>Enter records, Esc cancels</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="296" />
      <source>签署日期</source>
      <translation>Signed on</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="318" />
      <location filename="../../src/casedesk/ui/case_ballots.py" line="336" />
      <source>实时统计</source>
      <translation>Live tally</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="320" />
      <source>统计截止</source>
      <translation>Count up to</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="335" />
      <source>纸质意见表</source>
      <translation>Signed form</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="337" />
      <location filename="../../src/casedesk/ui/case_ballots.py" line="474" />
      <source>未交回执</source>
      <translation>Forms missing</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="409" />
      <source>有签字纸质件存档的意见：{backed} 份；仅录入、无纸质件：{missing} 份</source>
      <translation>Opinions backed by a signed form on file: {backed}; typed without paper: {missing}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="447" />
      <source>{room} 室的签字意见表尚未扫描存档</source>
      <translation>No signed form of flat {room} is on file</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="449" />
      <source>收回签字的意见表后用“扫描录入…”存档；还缺哪些户见“未交回执”。</source>
      <translation>Once the signed form is back, file it with "Scan in signed forms…"; the flats still missing are under "Forms missing".</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="454" />
      <source>{room} 室　{page}　{at} {by} 扫描</source>
      <translation>Flat {room}  {page}  scanned {at} by {by}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="474" />
      <source>未交回执（{n}）</source>
      <translation>Forms missing ({n})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="494" />
      <source>已保存统计（记录号 {id}）</source>
      <translation>Tally saved (record {id})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="518" />
      <source>{room} 室 {owner}：{vote}</source>
      <translation>Flat {room}, {owner}: {vote}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="535" />
      <source>{title}：{text}</source>
      <translation>{title}: {text}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="565" />
      <source>；</source>
      <translation>; </translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="557" />
      <source>统计截止：{d}</source>
      <translation>Counted up to: {d}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="576" />
      <source>{room} 室 {owner} 不同意，理由：</source>
      <translation>Flat {room}, {owner} disagrees; reason:</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="593" />
      <source>已取消，{room} 室未记录</source>
      <translation>Cancelled; nothing recorded for flat {room}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="629" />
      <source>撤回意见</source>
      <translation>Withdraw opinion</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="630" />
      <source>撤回 {room} 室 {owner} 的意见（{vote}）？
撤回后不再计入统计，原意见留档备查。</source>
      <translation>Withdraw the opinion of flat {room}, {owner} ({vote})?
It will no longer be counted; the original stays on file.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="636" />
      <source>撤回</source>
      <translation>Withdraw</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="637" />
      <source>不撤回</source>
      <translation>Keep it</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="654" />
      <source>已撤回 {room} 室 {owner} 的意见</source>
      <translation>Opinion of flat {room}, {owner} withdrawn</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="663" />
      <source>选择业主名册</source>
      <translation>Choose an owner roster</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="663" />
      <source>名册 (*.xlsx *.xls *.csv)</source>
      <translation>Rosters (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="692" />
      <source>已导入 {n} 行</source>
      <translation>{n} rows imported</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_ballots.py" line="699" />
      <source>名册有错误，未导入</source>
      <translation>The roster has errors; nothing was imported</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailsDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="55" />
      <source>修改案件信息 {no}</source>
      <translation>Edit case details {no}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="59" />
      <source> 层</source>
      <translation> floors</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="60" />
      <source>本单元已有电梯</source>
      <translation>This unit already has an elevator</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="64" />
      <source>由业主自行实施时可不填</source>
      <translation>May be empty when the owners carry out the work themselves</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="71" />
      <source>不动产权证书</source>
      <translation>Real estate title certificate</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="72" />
      <source>房屋所有权证</source>
      <translation>House ownership certificate</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="73" />
      <source>购房合同</source>
      <translation>Purchase contract</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="74" />
      <source>拆迁安置协议</source>
      <translation>Resettlement agreement</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="88" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="89" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="93" />
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="94" />
      <source>楼层数</source>
      <translation>Number of floors</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="96" />
      <source>国有土地</source>
      <translation>State-owned land</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="97" />
      <source>列入征收计划</source>
      <translation>In an expropriation plan</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="98" />
      <source>实施主体</source>
      <translation>Implementing party</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="99" />
      <source>权属证明</source>
      <translation>Proof of ownership</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="100" />
      <source>备注</source>
      <translation>Remarks</translation>
    </message>
  </context>
  <context>
    <name>CaseListPage</name>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="45" />
      <source>搜索：案件编号、地址、业主姓名、电话、证件号后四位</source>
      <translation>Search: case number, address, owner, phone, last 4 of ID</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="48" />
      <source>全部阶段</source>
      <translation>All stages</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="52" />
      <source>全部社区</source>
      <translation>All communities</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="54" />
      <source>全部表决规则</source>
      <translation>All rule sets</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="63" />
      <source>只看逾期</source>
      <translation>Overdue only</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="89" />
      <source>登记新案件…</source>
      <translation>New case…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="90" />
      <source>导出 Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="91" />
      <source>把当前筛选出的全部案件（不只是这一页）导出为 Excel 表格</source>
      <translation>Export every case matching the current filter (not just this page) to an Excel workbook</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="92" />
      <source>打印列表</source>
      <translation>Print list</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="93" />
      <source>把当前筛选出的全部案件生成 PDF 以便打印</source>
      <translation>Make a PDF of every case matching the current filter, for printing</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="97" />
      <source>上一页</source>
      <translation>Previous</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="98" />
      <source>下一页</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="118" />
      <source>清除筛选</source>
      <translation>Clear filter</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="166" />
      <source>正在查看：{t}</source>
      <translation>Showing: {t}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="194" />
      <source>共 {total} 件，第 {first}–{last} 件</source>
      <translation>{total} cases, showing {first}–{last}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="275" />
      <source>案件列表-{d}.xlsx</source>
      <translation>case-list-{d}.xlsx</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="277" />
      <source>导出 Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="277" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="291" />
      <source>正在导出……</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="294" />
      <source>已导出 {n} 件：{path}</source>
      <translation>{n} cases exported: {path}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="304" />
      <source>案件列表-{t}.pdf</source>
      <translation>case-list-{t}.pdf</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="327" />
      <source>正在生成 PDF……</source>
      <translation>Making the PDF…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_list_page.py" line="334" />
      <source>已生成：{path}</source>
      <translation>Written: {path}</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../../src/casedesk/ui/models/case_table.py" line="59" />
      <source>案件编号</source>
      <translation>Case number</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/models/case_table.py" line="60" />
      <source>阶段</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/models/case_table.py" line="61" />
      <source>社区</source>
      <translation>Community</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/models/case_table.py" line="62" />
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/models/case_table.py" line="63" />
      <source>层数</source>
      <translation>Floors</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/models/case_table.py" line="64" />
      <source>户数</source>
      <translation>Flats</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/models/case_table.py" line="65" />
      <source>受理日期</source>
      <translation>Opened</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/models/case_table.py" line="66" />
      <source>阶段期限</source>
      <translation>Stage due</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/models/case_table.py" line="148" />
      <source>此列不能排序</source>
      <translation>This column cannot be sorted</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/models/case_table.py" line="186" />
      <source>（超期）</source>
      <translation> (overdue)</translation>
    </message>
  </context>
  <context>
    <name>CaseWindow</name>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="86" />
      <source>案件 {no}</source>
      <translation>Case {no}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="96" />
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="96" />
      <source>用户</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="96" />
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="96" />
      <source>内容</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="102" />
      <source>概况</source>
      <translation>Overview</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="103" />
      <source>住户与表决</source>
      <translation>Owners and votes</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="104" />
      <source>进度</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="105" />
      <source>公示与异议</source>
      <translation>Public notice and objections</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="106" />
      <source>纠纷</source>
      <translation>Disputes</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="107" />
      <source>费用与补贴</source>
      <translation>Costs and subsidy</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="108" />
      <source>日志</source>
      <translation>Log</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="109" />
      <source>打印表单…</source>
      <translation>Print form…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="116" />
      <source>打印全部业主意见征询表</source>
      <translation>Print all owners' consultation forms</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="121" />
      <source>打印案卷</source>
      <translation>Print case file</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="125" />
      <source>封面、目录、全部表单、公示照片、异议与答复、调解记录、附件、操作日志和附件校验清单，合成一个 PDF</source>
      <translation>Cover, contents, every form, notice photos, objections and replies, mediation records, attachments, the log and the attachment checklist, in one PDF</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="131" />
      <source>打印案卷（完整显示联系电话）</source>
      <translation>Print case file (full phone numbers)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="233" />
      <source>无法完成操作</source>
      <translation>Could not complete</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_detail.py" line="279" />
      <source>{users} 刚刚修改了此案件。按 F5 刷新后再继续修改，以免保存时被拒绝。</source>
      <translation>{users} just changed this case. Press F5 to reload before editing further, or your save will be refused.</translation>
    </message>
  </context>
  <context>
    <name>CategoriesDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="572" />
      <source>确认纠纷类别</source>
      <translation>Confirm dispute categories</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="580" />
      <source>已勾选的是按事由建议或已登记的类别，请核对后确认：</source>
      <translation>The ticked categories are suggested from the subject or already recorded; check them and confirm:</translation>
    </message>
  </context>
  <context>
    <name>ChecklistTable</name>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="75" />
      <source>材料</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="75" />
      <source>必交</source>
      <translation>Required</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="75" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="75" />
      <source>附件或说明</source>
      <translation>Attachment or note</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="75" />
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="89" />
      <source>把扫描件或照片拖到某一行上即可附上</source>
      <translation>Drag a scan or photo onto a row to attach it</translation>
    </message>
  </context>
  <context>
    <name>CostShareDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="211" />
      <source>元，如 500000.00</source>
      <translation>yuan, e.g. 500000.00</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="215" />
      <source>{n} 层</source>
      <translation>Floor {n}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="221" />
      <source>补偿金额（元）</source>
      <translation>Compensation (yuan)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="222" />
      <source>添加补偿</source>
      <translation>Add compensation</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="224" />
      <source>删除所选</source>
      <translation>Delete selected</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="231" />
      <source>房号</source>
      <translation>Flat</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="231" />
      <source>补偿（元）</source>
      <translation>Compensation (yuan)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="233" />
      <source>计算</source>
      <translation>Calculate</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="236" />
      <source>分摊方式</source>
      <translation>Sharing method</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="237" />
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="305" />
      <source>工程总造价</source>
      <translation>Total project cost</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="238" />
      <source>免于分摊的楼层</source>
      <translation>Floors exempt from sharing</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="239" />
      <source>对低层住户的补偿</source>
      <translation>Compensation for lower-floor owners</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="243" />
      <source>保存分摊表</source>
      <translation>Save the sharing table</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="279" />
      <source>补偿金额格式不正确：{t}（应为元，最多两位小数）</source>
      <translation>Compensation is not a valid amount: {t} (yuan, at most two decimals)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="283" />
      <source>补偿金额不能为负数：{room} 室 {t}</source>
      <translation>Compensation cannot be negative: flat {room}, {t}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="320" />
      <source>合计</source>
      <translation>Total</translation>
    </message>
  </context>
  <context>
    <name>DashboardWidget</name>
    <message>
      <location filename="../../src/casedesk/ui/dashboard.py" line="101" />
      <source>主要指标（点击数字查看案件）</source>
      <translation>Headline figures (click a number to see its cases)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/dashboard.py" line="107" />
      <source>开工（台）</source>
      <translation>Construction started (units)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/dashboard.py" line="108" />
      <source>竣工验收（台）</source>
      <translation>Accepted (units)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/dashboard.py" line="109" />
      <source>补贴拨付（元）</source>
      <translation>Subsidy paid (yuan)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/dashboard.py" line="118" />
      <source>各阶段在办案件</source>
      <translation>Active cases by stage</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/dashboard.py" line="126" />
      <source>当前超期</source>
      <translation>Overdue now</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/dashboard.py" line="156" />
      <source>{scope} 加装电梯工作概况（{month}）</source>
      <translation>{scope}: elevator retrofits at a glance ({month})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/dashboard.py" line="165" />
      <source>年度目标：开工 {a} 台（已完成 {p}），验收 {b} 台（已完成 {q}）</source>
      <translation>Annual targets: {a} starts ({p} done), {b} acceptances ({q} done)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/dashboard.py" line="173" />
      <source>未设定年度目标（设置 → 年度目标）</source>
      <translation>No annual targets set (Settings → Annual targets)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/dashboard.py" line="177" />
      <source>纠纷：本月新增 {a} 件，办结 {b} 件，超过调解期限 {c} 件。本年主要类别：{d}</source>
      <translation>Disputes: {a} new this month, {b} closed, {c} past the mediation limit. Main categories this year: {d}</translation>
    </message>
  </context>
  <context>
    <name>DisputeDetailDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="596" />
      <source>纠纷 {no}</source>
      <translation>Dispute {no}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="602" />
      <source>打开案件</source>
      <translation>Open case</translation>
    </message>
  </context>
  <context>
    <name>DisputePanel</name>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="345" />
      <source>请在左侧列表中选择一件纠纷</source>
      <translation>Select a dispute in the list on the left</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="349" />
      <source>打开案件</source>
      <translation>Open case</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="350" />
      <source>变更状态…</source>
      <translation>Change status…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="351" />
      <source>延长期限…</source>
      <translation>Extend time limit…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="352" />
      <source>确认类别…</source>
      <translation>Confirm categories…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="362" />
      <source>概况</source>
      <translation>Overview</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="363" />
      <source>调解笔录</source>
      <translation>Meeting notes</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="364" />
      <source>调解协议</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="365" />
      <source>回访</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="394" />
      <source>正在打开纠纷 {no}……</source>
      <translation>Opening dispute {no}…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="421" />
      <source>（超期 {n} 天）</source>
      <translation> ({n} days overdue)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="425" />
      <source>案件 {case}（{community}）　状态：{status}{blocking}　调解期限：{due}&lt;br&gt;类别：{cats}</source>
      <translation>Case {case} ({community})　Status: {status}{blocking}　Mediation limit: {due}&lt;br&gt;Categories: {cats}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="430" />
      <source>，阻断推进</source>
      <translation>, blocks the case</translation>
    </message>
  </context>
  <context>
    <name>DisputesTab</name>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="61" />
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="62" />
      <source>事由</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="63" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="64" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="65" />
      <source>阻断</source>
      <translation>Blocks</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="66" />
      <source>调解期限</source>
      <translation>Mediation limit</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="67" />
      <source>超期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="80" />
      <source>打开</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="82" />
      <source>登记纠纷…</source>
      <translation>Record a dispute…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="114" />
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="116" />
      <source>超期 {n} 天</source>
      <translation>{n} days overdue</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="124" />
      <source>共 {n} 件纠纷，{m} 件阻断推进</source>
      <translation>{n} disputes, {m} blocking the case</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="128" />
      <source>没有纠纷。</source>
      <translation>No disputes.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="162" />
      <source>已登记纠纷 {no}</source>
      <translation>Dispute {no} recorded</translation>
    </message>
  </context>
  <context>
    <name>ExtendDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="541" />
      <source>延长调解期限</source>
      <translation>Extend the mediation limit</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="544" />
      <source> 天</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="548" />
      <source>双方同意延长的情况（必填）</source>
      <translation>How both sides agreed to extend (required)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="549" />
      <source>现期限</source>
      <translation>Current limit</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="550" />
      <source>延长</source>
      <translation>Extend by</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="551" />
      <source>新期限</source>
      <translation>New limit</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="552" />
      <source>理由</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="564" />
      <source>请写明双方同意延长的情况</source>
      <translation>Describe how both sides agreed to extend</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="114" />
      <source>首次使用：设置办事处和管理员</source>
      <translation>First use: the office and its administrator</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="117" />
      <source>例如：济南市历下区文东街道办事处</source>
      <translation>e.g. Wendong Sub-district Office, Lixia District, Jinan</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="118" />
      <source>盖章处文字，可留空</source>
      <translation>Text of the seal box, may be empty</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="120" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="128" />
      <source>办事处名称</source>
      <translation>Office name</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="129" />
      <source>印章文字</source>
      <translation>Seal text</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="130" />
      <source>管理员用户名</source>
      <translation>Administrator user name</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="131" />
      <source>管理员姓名</source>
      <translation>Administrator name</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="132" />
      <source>密码（至少 8 位）</source>
      <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="133" />
      <source>再次输入密码</source>
      <translation>Password again</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="139" />
      <source>完成</source>
      <translation>Finish</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="140" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="144" />
      <source>这是第一次打开这个数据库。请填写办事处信息并创建管理员账户。</source>
      <translation>This database is opened for the first time. Enter the office and create the administrator account.</translation>
    </message>
  </context>
  <context>
    <name>FundUseDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="382" />
      <source>{d} 的表决（{r}）</source>
      <translation>Vote of {d} ({r})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="383" />
      <source>通过</source>
      <translation>Passed</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="383" />
      <source>未通过</source>
      <translation>Not passed</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="387" />
      <source>元</source>
      <translation>yuan</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="390" />
      <source>依据的表决</source>
      <translation>Vote relied on</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="394" />
      <source>本案件还没有按《民法典》共同决定规则（维修资金使用）保存的表决；请先在“住户与表决”中统计并保存。</source>
      <translation>This case has no saved vote under the Civil Code's joint-decision rule for using the maintenance fund; first count and save one under Owners and votes.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="399" />
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="409" />
      <source>使用金额</source>
      <translation>Amount used</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="400" />
      <source>支取日期</source>
      <translation>Drawn on</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="401" />
      <source>说明</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="406" />
      <source>请先保存一次按维修资金使用规则通过的表决</source>
      <translation>First save a vote passed under the maintenance-fund rule</translation>
    </message>
  </context>
  <context>
    <name>HolidaysTab</name>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="301" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="301" />
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="301" />
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="301" />
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="307" />
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="354" />
      <source>放假</source>
      <translation>Holiday</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="308" />
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="354" />
      <source>调休上班</source>
      <translation>Adjusted working day</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="310" />
      <source>如：春节</source>
      <translation>e.g. Spring Festival</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="311" />
      <source>添加</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="312" />
      <source>删除所选（仅本办事处添加的）</source>
      <translation>Delete selected (office entries only)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="314" />
      <source>年度</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="320" />
      <source>从</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="322" />
      <source>到</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="331" />
      <source>内置国务院公布的 2017–2027 年节假日安排；新一年的安排公布后，在此补充调休上班日等。公示期按此日历计算（民法典第二百零一、二百零三条）。</source>
      <translation>The State Council's holiday schedules for 2017–2027 are built in; when a new year's schedule is announced, add its adjusted working days here. Notice periods are counted on this calendar (Civil Code arts. 201, 203).</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="355" />
      <source>内置</source>
      <translation>Built-in</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="355" />
      <source>本办事处</source>
      <translation>This office</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="367" />
      <source>已设置 {n} 天</source>
      <translation>{n} day(s) set</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="382" />
      <source>请先选择一天</source>
      <translation>Select a day first</translation>
    </message>
  </context>
  <context>
    <name>IntakeDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="43" />
      <source>受理条件与业主代表</source>
      <translation>Admission conditions and owner representatives</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="44" />
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="44" />
      <source>否</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="44" />
      <source>未确认</source>
      <translation>Not confirmed</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="49" />
      <source>该单元已有电梯</source>
      <translation>The unit already has an elevator</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="52" />
      <source>每行一人，至多 5 人</source>
      <translation>One per line, at most 5</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="55" />
      <source>受委托的实施单位（无业主代表时必填）</source>
      <translation>Commissioned implementing body (required without owner representatives)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="56" />
      <source>国有土地上的住宅</source>
      <translation>Housing on state-owned land</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="57" />
      <source>不在征收或城市更新计划内</source>
      <translation>Not in an expropriation or urban renewal plan</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="58" />
      <source>已有电梯</source>
      <translation>Already has an elevator</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="59" />
      <source>业主代表</source>
      <translation>Owner representatives</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="60" />
      <source>实施主体</source>
      <translation>Implementing party</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="69" />
      <source>业主代表至多 5 人（现填 {n} 人）</source>
      <translation>At most 5 owner representatives ({n} entered)</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="41" />
      <source>登录 CaseDesk</source>
      <translation>Log in to CaseDesk</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="51" />
      <source>用户名</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="52" />
      <source>密码</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="57" />
      <source>登录</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="58" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/login.py" line="85" />
      <source>正在打开数据库，请稍候……</source>
      <translation>Opening the database, please wait…</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../src/casedesk/ui/main_window.py" line="53" />
      <source>CaseDesk 加装电梯案件管理</source>
      <translation>CaseDesk elevator retrofit cases</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/main_window.py" line="64" />
      <source>工作台</source>
      <translation>Work queue</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/main_window.py" line="65" />
      <source>案件</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/main_window.py" line="66" />
      <source>调解</source>
      <translation>Mediation</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/main_window.py" line="67" />
      <source>报表</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/main_window.py" line="68" />
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/main_window.py" line="87" />
      <source>账户</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/main_window.py" line="88" />
      <source>修改密码…</source>
      <translation>Change password…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/main_window.py" line="152" />
      <source>{users} 刚刚修改了数据，列表已更新</source>
      <translation>{users} just changed data; the lists are up to date</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/main_window.py" line="304" />
      <source>密码已修改，下次登录请使用新密码</source>
      <translation>Password changed; use the new one next time you log in</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/main_window.py" line="91" />
      <source>帮助</source>
      <translation>Help</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/main_window.py" line="92" />
      <source>关于 CaseDesk…</source>
      <translation>About CaseDesk…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/main_window.py" line="95" />
      <source>登记新案件…</source>
      <translation>New case…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/main_window.py" line="109" />
      <source>用户：{user}（{role}）    数据库：{db}    版本 {ver}</source>
      <translation>User: {user} ({role})    Database: {db}    Version {ver}</translation>
    </message>
  </context>
  <context>
    <name>MediationPage</name>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="171" />
      <source>待办（按期限）</source>
      <translation>To do (by deadline)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="171" />
      <source>已超期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="171" />
      <source>待回访（已达成协议）</source>
      <translation>Awaiting follow-up (agreed)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="171" />
      <source>全部</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="177" />
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="177" />
      <source>期限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="177" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="177" />
      <source>案件</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="177" />
      <source>事由</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="194" />
      <source>改派调解员…</source>
      <translation>Reassign mediator…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="251" />
      <source>（超期）</source>
      <translation> (overdue)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="264" />
      <source>共 {n} 件</source>
      <translation>{n} in all</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="310" />
      <source>请先在列表中选择一件纠纷</source>
      <translation>Select a dispute in the list first</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="316" />
      <source>改派调解员</source>
      <translation>Reassign mediator</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="316" />
      <source>新调解员</source>
      <translation>New mediator</translation>
    </message>
  </context>
  <context>
    <name>MeetingEditor</name>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="631" />
      <source>（尚无结果）</source>
      <translation>(no outcome yet)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="635" />
      <source>插入笔录模板</source>
      <translation>Insert note template</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="636" />
      <source>保存笔录</source>
      <translation>Save notes</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="637" />
      <source>打印调解笔录</source>
      <translation>Print meeting record</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="641" />
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="642" />
      <source>地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="643" />
      <source>调解员</source>
      <translation>Mediators</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="644" />
      <source>记录人</source>
      <translation>Recorder</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="645" />
      <source>结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="685" />
      <source>已恢复未保存的草稿（{t}）</source>
      <translation>Unsaved draft restored ({t})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="718" />
      <source>草稿已自动保存 {t}</source>
      <translation>Draft saved automatically at {t}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="740" />
      <source>（各方当事人）</source>
      <translation>(the parties)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="748" />
      <source>已有 {n} 次会议；最近一次 {t}（第 {v} 版）</source>
      <translation>{n} meetings; latest {t} (version {v})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="753" />
      <source>尚无会议记录</source>
      <translation>No meetings yet</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="784" />
      <source>笔录已保存（会议 {id}）</source>
      <translation>Notes saved (meeting {id})</translation>
    </message>
  </context>
  <context>
    <name>MissingPapersPanel</name>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="161" />
      <source>房号</source>
      <translation>Flat</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="161" />
      <source>楼层</source>
      <translation>Floor</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="161" />
      <source>业主</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="161" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="169" />
      <source>双击一行，在表决表中选中这一户</source>
      <translation>Double-click a row to select the flat in the ballot grid</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="173" />
      <source>打印催交名单</source>
      <translation>Print reminder list</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="175" />
      <source>未交回签字意见表的住户名单（电话已遮挡），供社区上门收取</source>
      <translation>The flats whose signed form is missing (phones masked), for the community's door-to-door round</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="178" />
      <source>打印催交名单（完整显示联系电话）</source>
      <translation>Print reminder list (phone numbers in full)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="204" />
      <source>还有 {n} 户的签字意见表未交回（未扫描存档）。</source>
      <translation>{n} flat(s) have not returned a signed form (none on file).</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="206" />
      <source>所有住户的签字意见表都已扫描存档。</source>
      <translation>Every flat's signed form is on file.</translation>
    </message>
  </context>
  <context>
    <name>MoneyTab</name>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="100" />
      <location filename="../../src/casedesk/ui/case_money.py" line="125" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="100" />
      <source>阻工情况</source>
      <translation>Obstruction</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="100" />
      <source>登记人</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="102" />
      <source>登记阻工…</source>
      <translation>Record an obstruction…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="104" />
      <source>竣工验收…</source>
      <translation>Completion acceptance…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="107" />
      <source>施工与验收</source>
      <translation>Construction and acceptance</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="117" />
      <source>费用分摊…</source>
      <translation>Cost sharing…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="120" />
      <source>费用分摊</source>
      <translation>Cost sharing</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="125" />
      <source>环节</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="125" />
      <source>批准金额（元）</source>
      <translation>Approved (yuan)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="127" />
      <source>拨付日期</source>
      <translation>Paid on</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="127" />
      <location filename="../../src/casedesk/ui/case_money.py" line="146" />
      <source>金额（元）</source>
      <translation>Amount (yuan)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="127" />
      <source>凭证号</source>
      <translation>Voucher no.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="129" />
      <source>登记补贴环节…</source>
      <translation>Record a subsidy step…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="131" />
      <source>登记拨付…</source>
      <translation>Record a payment…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="140" />
      <source>补贴</source>
      <translation>Subsidy</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="146" />
      <source>支取日期</source>
      <translation>Drawn on</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="146" />
      <source>依据的表决</source>
      <translation>Vote relied on</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="146" />
      <source>说明</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="148" />
      <source>维修资金使用…</source>
      <translation>Use of maintenance fund…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="150" />
      <source>维修资金</source>
      <translation>Maintenance fund</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="191" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="193" />
      <source>{t}（{s}）</source>
      <translation>{t} ({s})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="198" />
      <source>当前阶段：{stage}　开工日期：{started}　竣工验收日期：{accepted}
验收材料：{docs}</source>
      <translation>Stage: {stage}　Construction started: {started}　Accepted: {accepted}
Acceptance documents: {docs}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="202" />
      <source>未验收</source>
      <translation>Not accepted yet</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="207" />
      <source>没有阻工记录</source>
      <translation>No obstructions recorded</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="212" />
      <source>案件在“{s}”阶段时才能登记验收</source>
      <translation>Acceptance can only be recorded while the case is in "{s}"</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="217" />
      <source>尚未保存费用分摊表。</source>
      <translation>No cost-sharing table saved yet.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="221" />
      <source>分摊方式：{m}　工程总造价：¥{t}</source>
      <translation>Sharing method: {m}　Total project cost: ¥{t}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="225" />
      <location filename="../../src/casedesk/ui/case_money.py" line="251" />
      <source>合计</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="230" />
      <source>可得补贴 ¥{a}</source>
      <translation>Eligible subsidy ¥{a}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="232" />
      <source>不符合补贴条件：{r}</source>
      <translation>Not eligible: {r}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="235" />
      <source>已拨付合计 ¥{a}（{n} 笔）</source>
      <translation>Paid in all ¥{a} ({n} payments)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="237" />
      <location filename="../../src/casedesk/ui/case_money.py" line="252" />
      <source>尚未拨付</source>
      <translation>Not paid yet</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="240" />
      <source>政策依据：{basis}
{eligible}；{paid}</source>
      <translation>Policy basis: {basis}
{eligible}; {paid}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="248" />
      <source>尚未登记</source>
      <translation>Not recorded yet</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="257" />
      <source>已使用维修资金 ¥{a}</source>
      <translation>Maintenance fund used: ¥{a}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="259" />
      <source>未使用维修资金（须先经业主按《民法典》共同决定规则表决通过）。</source>
      <translation>Maintenance fund not used (the owners must first approve it by the Civil Code's joint-decision rule).</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="265" />
      <source>{d} 的表决</source>
      <translation>Vote of {d}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money.py" line="288" />
      <source>竣工验收</source>
      <translation>Completion acceptance</translation>
    </message>
  </context>
  <context>
    <name>MonthlyBars</name>
    <message>
      <location filename="../../src/casedesk/ui/dashboard.py" line="54" />
      <source>每月开工与验收（台）</source>
      <translation>Starts and acceptances per month (units)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/dashboard.py" line="79" />
      <source>开工</source>
      <translation>Started</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/dashboard.py" line="79" />
      <source>验收</source>
      <translation>Accepted</translation>
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/new_case.py" line="48" />
      <source>登记新案件</source>
      <translation>New case</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/new_case.py" line="53" />
      <source>如 3</source>
      <translation>e.g. 3</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/new_case.py" line="54" />
      <source>如 2</source>
      <translation>e.g. 2</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/new_case.py" line="76" />
      <source>区</source>
      <translation>District</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/new_case.py" line="77" />
      <source>街道</source>
      <translation>Sub-district</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/new_case.py" line="78" />
      <source>社区</source>
      <translation>Community</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/new_case.py" line="79" />
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/new_case.py" line="80" />
      <source>楼号</source>
      <translation>Building</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/new_case.py" line="81" />
      <source>单元</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/new_case.py" line="84" />
      <source>地上层数</source>
      <translation>Floors above ground</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/new_case.py" line="85" />
      <source>受理日期</source>
      <translation>Opened</translation>
    </message>
  </context>
  <context>
    <name>NewDisputeDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="196" />
      <source>登记纠纷</source>
      <translation>Record a dispute</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="198" />
      <source>如：101 室认为电梯遮挡采光</source>
      <translation>e.g. flat 101 says the elevator blocks its light</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="200" />
      <source>纠纷经过、当事人的诉求</source>
      <translation>What happened and what each party asks for</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="205" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="205" />
      <source>身份</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="205" />
      <source>房号</source>
      <translation>Flat</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="205" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="207" />
      <source>再加一方</source>
      <translation>Add another party</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="208" />
      <source>当事人</source>
      <translation>Parties</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="215" />
      <source>类别（按事由自动勾选，可修改）</source>
      <translation>Categories (ticked from the subject; may be changed)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="222" />
      <source>阻断案件推进（调解结束前不得进入下一阶段）</source>
      <translation>Blocks the case (it cannot reach the next stage until mediation ends)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="224" />
      <source>（暂不指定）</source>
      <translation>(not yet assigned)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="225" />
      <source>事由</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="226" />
      <source>情况说明</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="227" />
      <source>调解员</source>
      <translation>Mediators</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="260" />
      <source>请填写事由</source>
      <translation>Please enter the subject</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="262" />
      <source>至少登记一方当事人（姓名）</source>
      <translation>Record at least one party (name)</translation>
    </message>
  </context>
  <context>
    <name>NoticeTab</name>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="100" />
      <source>查看照片</source>
      <translation>View photo</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="102" />
      <source>张贴公示…</source>
      <translation>Post the notice…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="117" />
      <source>公示</source>
      <translation>Public notice</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="128" />
      <source>异议人</source>
      <translation>Objector</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="129" />
      <source>收到日期</source>
      <translation>Received on</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="130" />
      <source>书面/口头</source>
      <translation>Written / oral</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="131" />
      <source>内容</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="132" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="133" />
      <source>答复</source>
      <translation>Reply</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="134" />
      <source>处理日期</source>
      <translation>Settled on</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="154" />
      <source>登记异议…</source>
      <translation>Record an objection…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="157" />
      <source>答复并处理…</source>
      <translation>Reply and settle…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="161" />
      <source>异议</source>
      <translation>Objections</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="187" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="189" />
      <source>尚未公示。表决结果出来后张贴公示，并在此登记。</source>
      <translation>No notice posted yet. Post it once the vote result is known, and record it here.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="192" />
      <source>工作日</source>
      <translation>working days</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="192" />
      <source>日</source>
      <translation>days</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="195" />
      <source>张贴日期：{posted}
公示期：{days} {unit}（自张贴次日起算）
最后一天：{ends}（当日 24 时止）
张贴地点：{places}
见证人：{witness}</source>
      <translation>Posted on: {posted}
Notice period: {days} {unit} (counted from the day after posting)
Last day: {ends} (until midnight)
Posted at: {places}
Witness: {witness}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="208" />
      <source>公示期已满</source>
      <translation>The notice period is over</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="208" />
      <source>公示期内，还剩 {n} 天</source>
      <translation>Notice period running, {n} days left</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="230" />
      <source>现场照片：{name}</source>
      <translation>On-site photo: {name}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="232" />
      <source>没有现场照片</source>
      <translation>No on-site photo</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="245" />
      <source>书面</source>
      <translation>Written</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="245" />
      <source>口头</source>
      <translation>Oral</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="263" />
      <source>没有异议。</source>
      <translation>No objections.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="266" />
      <source>共 {n} 条；未处理：书面 {w} 条，口头 {o} 条</source>
      <translation>{n} in all; not settled: {w} written, {o} oral</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="285" />
      <source>该异议已处理</source>
      <translation>This objection has been settled</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice.py" line="307" />
      <source>已登记公示：{a} 张贴，公示期最后一天为 {b}（当日 24 时止）。</source>
      <translation>Notice recorded: posted {a}; the last day of the notice period is {b} (until midnight).</translation>
    </message>
  </context>
  <context>
    <name>ObjectionDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="104" />
      <source>电话等，可不填</source>
      <translation>Phone etc., optional</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="106" />
      <source>如：3号楼2单元501，可不填</source>
      <translation>e.g. Building 3, Unit 2, Flat 501; optional</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="109" />
      <source>书面</source>
      <translation>Written</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="110" />
      <source>口头</source>
      <translation>Oral</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="112" />
      <source>异议的内容和理由</source>
      <translation>What the objection says and why</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="113" />
      <source>异议人</source>
      <translation>Objector</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="114" />
      <source>联系方式</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="115" />
      <source>住址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="116" />
      <source>收到日期</source>
      <translation>Received on</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="117" />
      <source>书面/口头</source>
      <translation>Written / oral</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="118" />
      <source>内容</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="120" />
      <source>书面异议须答复并处理后，案件才能进入下一阶段；口头异议登记在案，同样可以答复。</source>
      <translation>A written objection must be replied to and settled before the case can reach the next stage; an oral objection is put on record and may be replied to as well.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="128" />
      <source>请填写异议人</source>
      <translation>Please enter the objector</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="130" />
      <source>请填写异议内容</source>
      <translation>Please enter the objection</translation>
    </message>
  </context>
  <context>
    <name>ObstructionDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="151" />
      <source>谁在何处以何种方式阻挠施工，施工停了多久</source>
      <translation>Who obstructed the work, where and how, and how long work stopped</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="152" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="153" />
      <source>情况</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="159" />
      <source>请填写阻工情况</source>
      <translation>Please describe the obstruction</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="50" />
      <source>修改案件信息…</source>
      <translation>Edit case details…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="55" />
      <source>查看完整证件号码与电话…</source>
      <translation>Show full ID numbers and phones…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="84" />
      <source>按表决日期与区自动确定</source>
      <translation>Automatic, by vote date and district</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="87" />
      <source>未确认</source>
      <translation>Not confirmed</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="87" />
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="87" />
      <source>否</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="90" />
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="92" />
      <source>规模</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="93" />
      <source>{floors} 层，{flats} 套房屋，专有部分总面积 {area} ㎡</source>
      <translation>{floors} floors, {flats} flats, exclusive area {area} m² in all</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="98" />
      <source>阶段</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="99" />
      <source>{stage}（{since} 起）</source>
      <translation>{stage} (since {since})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="103" />
      <source>受理日期</source>
      <translation>Opened</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="104" />
      <source>表决规则</source>
      <translation>Rule set</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="105" />
      <source>国有土地</source>
      <translation>State-owned land</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="106" />
      <source>列入征收计划</source>
      <translation>In an expropriation plan</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="107" />
      <source>已有电梯</source>
      <translation>Already has an elevator</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="108" />
      <source>实施主体</source>
      <translation>Implementing party</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="108" />
      <location filename="../../src/casedesk/ui/case_overview.py" line="109" />
      <location filename="../../src/casedesk/ui/case_overview.py" line="110" />
      <source>未登记</source>
      <translation>Not recorded</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="109" />
      <source>权属证明</source>
      <translation>Proof of ownership</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="110" />
      <source>业主代表</source>
      <translation>Owner representatives</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="113" />
      <source>备注</source>
      <translation>Remarks</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="126" />
      <source>{room} 室</source>
      <translation>Flat {room}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="173" />
      <source>未能保存。</source>
      <translation>Could not save.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="180" />
      <source>概况中已显示最新内容；您没有改动的项已换成最新内容，您改动的项仍是您填写的。核对后按保存。</source>
      <translation>The overview now shows the latest details; fields you did not change were updated, fields you changed keep what you typed. Check them and press Save.</translation>
    </message>
  </context>
  <context>
    <name>PageView</name>
    <message>
      <location filename="../../src/casedesk/ui/page_view.py" line="90" />
      <source>Ctrl+滚轮缩放，拖动可移动</source>
      <translation>Ctrl+wheel zooms; drag to move</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/page_view.py" line="99" />
      <source>适应宽度</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/page_view.py" line="100" />
      <source>放大</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/page_view.py" line="101" />
      <source>缩小</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/page_view.py" line="121" />
      <source>扫描件无法打开：{path}</source>
      <translation>Cannot open the scan: {path}</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/password.py" line="23" />
      <source>修改密码</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/password.py" line="31" />
      <source>新密码至少 {n} 位。修改后，下次登录请使用新密码。</source>
      <translation>The new password needs at least {n} characters. Use it from your next log-in.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/password.py" line="41" />
      <source>用户</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/password.py" line="42" />
      <source>当前密码</source>
      <translation>Current password</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/password.py" line="43" />
      <source>新密码</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/password.py" line="44" />
      <source>再次输入新密码</source>
      <translation>New password again</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/password.py" line="52" />
      <source>两次输入的新密码不一致</source>
      <translation>The two new passwords differ</translation>
    </message>
  </context>
  <context>
    <name>PaymentDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="354" />
      <source>元，如 200000.00</source>
      <translation>yuan, e.g. 200000.00</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="357" />
      <source>财政拨付凭证号</source>
      <translation>Treasury payment voucher no.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="358" />
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="368" />
      <source>拨付金额</source>
      <translation>Amount paid</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="359" />
      <source>拨付日期</source>
      <translation>Paid on</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="360" />
      <source>凭证号</source>
      <translation>Voucher no.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="361" />
      <source>每笔拨付单独登记，不会覆盖之前的记录。</source>
      <translation>Each payment is recorded on its own; earlier ones are kept.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="370" />
      <source>请填写凭证号</source>
      <translation>Please enter the voucher number</translation>
    </message>
  </context>
  <context>
    <name>PersonalDataDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="194" />
      <source>业主证件号码与电话（已记入日志）</source>
      <translation>Owners' ID numbers and phones (this look is logged)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="198" />
      <source>房号</source>
      <translation>Flat</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="198" />
      <source>业主</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="198" />
      <source>证件号码</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="198" />
      <source>电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_overview.py" line="210" />
      <source>仅用于核实业主身份，请勿抄录或外传。</source>
      <translation>Only for checking owners' identity; do not copy or pass on.</translation>
    </message>
  </context>
  <context>
    <name>PlacesTab</name>
    <message>
      <location filename="../../src/casedesk/ui/places_tab.py" line="36" />
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/places_tab.py" line="36" />
      <source>编号（用于案件编号）</source>
      <translation>Code (used in case numbers)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/places_tab.py" line="42" />
      <source>名称，如：文东街道</source>
      <translation>Name, e.g. Wendong Sub-district</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/places_tab.py" line="43" />
      <source>添加区</source>
      <translation>Add district</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/places_tab.py" line="44" />
      <source>在所选区下添加街道</source>
      <translation>Add a sub-district to the selected district</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/places_tab.py" line="45" />
      <source>在所选街道下添加社区</source>
      <translation>Add a community to the selected sub-district</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/places_tab.py" line="46" />
      <source>所选改为此名称</source>
      <translation>Rename the selected one</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/places_tab.py" line="51" />
      <source>新办事处请先在此设置所辖的区、街道和社区：登记案件时可从列表中选择，也可在“账户与社区”中把社区分配给社区工作人员。改名不会改变已有的案件编号。</source>
      <translation>A new office first sets up its districts, sub-districts and communities here: they can then be chosen when a case is recorded, and communities given to clerks under Accounts and communities. Renaming does not change existing case numbers.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/places_tab.py" line="141" />
      <source>已添加区：{n}</source>
      <translation>District added: {n}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/places_tab.py" line="147" />
      <source>请先在列表中选择一个区</source>
      <translation>Select a district in the list first</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/places_tab.py" line="152" />
      <source>已添加街道：{n}</source>
      <translation>Sub-district added: {n}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/places_tab.py" line="158" />
      <source>请先在列表中选择一个街道</source>
      <translation>Select a sub-district in the list first</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/places_tab.py" line="163" />
      <source>已添加社区：{n}</source>
      <translation>Community added: {n}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/places_tab.py" line="169" />
      <source>请先在列表中选择要改名的区、街道或社区</source>
      <translation>Select the district, sub-district or community to rename first</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/places_tab.py" line="177" />
      <source>已改名：{a} → {b}</source>
      <translation>Renamed: {a} → {b}</translation>
    </message>
  </context>
  <context>
    <name>PostNoticeDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="48" />
      <source>如：单元门口公告栏、小区公告栏</source>
      <translation>e.g. notice board at the unit door, compound notice board</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="50" />
      <source>见证人或见证单位，如：社区居委会 王主任</source>
      <translation>Witness or witnessing body, e.g. Director Wang, residents' committee</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="53" />
      <source>未选择（可稍后在“进度”中补交）</source>
      <translation>None chosen (can be added later under Progress)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="54" />
      <source>选择照片…</source>
      <translation>Choose photo…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="56" />
      <source>不附照片</source>
      <translation>No photo</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="62" />
      <source>张贴日期</source>
      <translation>Posted on</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="63" />
      <source>张贴地点</source>
      <translation>Posted at</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="64" />
      <source>见证人</source>
      <translation>Witness</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="65" />
      <source>现场照片</source>
      <translation>On-site photo</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="68" />
      <source>公示期自张贴次日起算，截止日由程序按规则和节假日计算；照片同时登记为“公示现场照片”材料。</source>
      <translation>The notice period counts from the day after posting; CaseDesk works out the last day from the rules and holidays. The photo is also filed as the document "On-site photo of the notice".</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="77" />
      <source>选择公示现场照片</source>
      <translation>Choose the on-site photo of the notice</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="79" />
      <source>图片或 PDF ({p});;所有文件 (*)</source>
      <translation>Images or PDF ({p});;All files (*)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="87" />
      <source>请填写张贴地点</source>
      <translation>Please enter where it was posted</translation>
    </message>
  </context>
  <context>
    <name>ProcedureDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="84" />
      <source>登记并行手续</source>
      <translation>Record a parallel procedure</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="90" />
      <source>文号或编号（可不填）</source>
      <translation>Reference number (optional)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="92" />
      <source>手续</source>
      <translation>Procedure</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="93" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="94" />
      <source>文号/编号</source>
      <translation>Reference no.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress_dialogs.py" line="95" />
      <source>备注</source>
      <translation>Remarks</translation>
    </message>
  </context>
  <context>
    <name>ProgressTab</name>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="180" />
      <source>检查推进条件</source>
      <translation>Check conditions</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="181" />
      <location filename="../../src/casedesk/ui/case_progress.py" line="419" />
      <source>推进到下一阶段</source>
      <translation>Advance to the next stage</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="182" />
      <location filename="../../src/casedesk/ui/case_progress.py" line="335" />
      <location filename="../../src/casedesk/ui/case_progress.py" line="336" />
      <source>受理条件…</source>
      <translation>Admission conditions…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="183" />
      <source>暂停…</source>
      <translation>Suspend…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="184" />
      <source>恢复…</source>
      <translation>Resume…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="185" />
      <source>撤回…</source>
      <translation>Withdraw…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="186" />
      <source>不予通过…</source>
      <translation>Reject…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="187" />
      <source>重新开启…</source>
      <translation>Reopen…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="198" />
      <source>并行手续…</source>
      <translation>Parallel procedures…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="200" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="200" />
      <source>手续</source>
      <translation>Procedure</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="200" />
      <source>经办人</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="226" />
      <source>尚未满足的条件：</source>
      <translation>Conditions not yet met:</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="231" />
      <source>本阶段材料（可把扫描件或照片拖到对应行上）：</source>
      <translation>Documents for this stage (drag scans or photos onto their rows):</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="237" />
      <source>并行手续（方案设计、管线踏勘、规划预审）：</source>
      <translation>Parallel procedures (design, utility survey, planning pre-review):</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="279" />
      <location filename="../../src/casedesk/ui/case_progress.py" line="288" />
      <source>当前阶段：{stage}（{since} 起，期限 {due}）</source>
      <translation>Stage: {stage} (since {since}, due {due})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="305" />
      <source>案件已撤回（{r}），不再推进。如需继续办理，须由主管重新开启。</source>
      <translation>The case was withdrawn ({r}) and will not advance. To continue, a supervisor must reopen it.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="307" />
      <source>案件不予通过（{r}），不再推进。</source>
      <translation>The case was rejected ({r}) and will not advance.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="309" />
      <source>案件已完成，全部阶段均已办结，无需再推进。</source>
      <translation>The case is complete: every stage is done.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="311" />
      <source>案件已暂停（{r}）。恢复后才能推进。</source>
      <translation>The case is suspended ({r}). It can advance once resumed.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="313" />
      <source>条件均已满足，可以推进到“{next}”。</source>
      <translation>All conditions are met; the case can advance to "{next}".</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="314" />
      <source>推进到“{next}”前还有 {n} 项条件未满足，点击每项右侧的按钮去办理。</source>
      <translation>{n} conditions are still unmet before "{next}"; click the button to the right of each to deal with it.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="329" />
      <source>条件均已满足，可以推进</source>
      <translation>All conditions are met; the case can advance</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="334" />
      <source>案件概况</source>
      <translation>Case overview</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="337" />
      <location filename="../../src/casedesk/ui/case_progress.py" line="379" />
      <source>附件…</source>
      <translation>Attach…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="338" />
      <source>统计</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="339" />
      <source>公示</source>
      <translation>Public notice</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="340" />
      <source>异议</source>
      <translation>Objections</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="341" />
      <source>打开纠纷</source>
      <translation>Open dispute</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="342" />
      <source>补贴</source>
      <translation>Subsidy</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="360" />
      <source>必交</source>
      <translation>Required</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="360" />
      <source>可选</source>
      <translation>Optional</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="368" />
      <source>免交理由：{r}</source>
      <translation>Waived: {r}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="372" />
      <source>已交纸质材料（{d}）</source>
      <translation>Paper copy handed in ({d})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="386" />
      <source>打开</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="391" />
      <source>免交…</source>
      <translation>Waive…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="417" />
      <source>推进到“{next}”</source>
      <translation>Advance to "{next}"</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="448" />
      <source>选择扫描件或照片：{t}</source>
      <translation>Choose a scan or photo: {t}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="450" />
      <source>图片或 PDF ({p});;所有文件 (*)</source>
      <translation>Images or PDF ({p});;All files (*)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="476" />
      <source>免交材料</source>
      <translation>Waive a document</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="477" />
      <source>免交：{t}</source>
      <translation>Waive: {t}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="499" />
      <source>暂停案件</source>
      <translation>Suspend the case</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="499" />
      <source>暂停期间不计入本阶段期限。</source>
      <translation>Time while suspended does not count towards the stage's time limit.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="500" />
      <source>恢复案件</source>
      <translation>Resume the case</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="500" />
      <source>恢复后重新计算本阶段期限。</source>
      <translation>On resuming, the stage's time limit is worked out again.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="501" />
      <source>撤回案件</source>
      <translation>Withdraw the case</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="501" />
      <source>撤回后案件不再推进，只有主管可以重新开启。</source>
      <translation>A withdrawn case no longer advances; only a supervisor can reopen it.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="502" />
      <source>不予通过</source>
      <translation>Reject</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="502" />
      <source>不予通过的案件不再推进，只有主管可以重新开启。</source>
      <translation>A rejected case no longer advances; only a supervisor can reopen it.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="503" />
      <source>重新开启案件</source>
      <translation>Reopen the case</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_progress.py" line="503" />
      <source>案件回到进行中，从原阶段继续办理。</source>
      <translation>The case becomes active again and continues from its stage.</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/reason_dialog.py" line="55" />
      <source>理由（必填，记入案件日志）</source>
      <translation>Reason (required; recorded in the case log)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/reason_dialog.py" line="54" />
      <source>理由</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/reason_dialog.py" line="56" />
      <source>请填写理由</source>
      <translation>Please give a reason</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/reason_dialog.py" line="49" />
      <source>原因（必填，记入案件日志）</source>
      <translation>Reason (required; recorded in the case log)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/reason_dialog.py" line="71" />
      <source>说明（可不填）</source>
      <translation>Note (optional)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/reason_dialog.py" line="48" />
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/reason_dialog.py" line="50" />
      <source>请填写原因</source>
      <translation>Please give a reason</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../src/casedesk/ui/reports_page.py" line="38" />
      <source>街道名称（留空为全部）</source>
      <translation>Sub-district (empty for all)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/reports_page.py" line="39" />
      <source>刷新概况</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/reports_page.py" line="40" />
      <source>生成月度报表</source>
      <translation>Build monthly report</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/reports_page.py" line="57" />
      <source>月份</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/reports_page.py" line="53" />
      <source>街道</source>
      <translation>Sub-district</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/reports_page.py" line="84" />
      <source>正在生成……</source>
      <translation>Building…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/reports_page.py" line="95" />
      <source>已生成：{p}</source>
      <translation>Written: {p}</translation>
    </message>
  </context>
  <context>
    <name>ResolveObjectionDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="147" />
      <source>书面</source>
      <translation>Written</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="147" />
      <source>口头</source>
      <translation>Oral</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="149" />
      <source>{who}（{kind}，{on} 收到）：{detail}</source>
      <translation>{who} ({kind}, received {on}): {detail}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="154" />
      <source>向异议人作出的答复和处理结果</source>
      <translation>The reply to the objector and how it was settled</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="156" />
      <source>异议</source>
      <translation>Objections</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="157" />
      <source>答复</source>
      <translation>Reply</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="158" />
      <source>处理日期</source>
      <translation>Settled on</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="164" />
      <source>请填写答复内容</source>
      <translation>Please enter the reply</translation>
    </message>
  </context>
  <context>
    <name>RosterPreviewDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="71" />
      <source>导入业主名册 — {file}</source>
      <translation>Import owner roster — {file}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="80" />
      <source>列对应：以下列程序认不出，请指定它们对应的内容</source>
      <translation>Columns: these were not recognised; say what each one holds</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="84" />
      <source>按此对应重新检查</source>
      <translation>Check again with these columns</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="115" />
      <source>下载空白名册模板…</source>
      <translation>Download a blank roster template…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="118" />
      <source>证件号码已设为文本、表决意见为下拉框的空白名册，可发给社区照此填写</source>
      <translation>A blank roster with ID numbers formatted as text and a drop-down for the opinion, to send to the community</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="174" />
      <source>必须改正才能导入（{n} 处）</source>
      <translation>Must be fixed before importing ({n})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="175" />
      <source>提醒，不妨碍导入（{n} 处）</source>
      <translation>Warnings, no obstacle to importing ({n})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="179" />
      <source>行号</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="179" />
      <source>问题</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="179" />
      <source>将保存为</source>
      <translation>Will be stored as</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="207" />
      <source>只显示有错误的行</source>
      <translation>Show only rows with errors</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="207" />
      <source>只显示有提醒的行</source>
      <translation>Show only rows with warnings</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="216" />
      <source>第 {row} 行</source>
      <translation>Row {row}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="219" />
      <source>{where}[{column}]：{message}</source>
      <translation>{where} [{column}]: {message}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="222" />
      <source>{where}：{message}</source>
      <translation>{where}: {message}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="326" />
      <source>正在按新的列对应重新检查…</source>
      <translation>Checking again with the new columns…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="334" />
      <source>已按新的列对应重新检查</source>
      <translation>Checked again with the new columns</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="344" />
      <source>保存空白名册模板</source>
      <translation>Save blank roster template</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="344" />
      <source>业主名册模板.xlsx</source>
      <translation>roster-template.xlsx</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="344" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="353" />
      <source>已保存空白名册模板：{path}</source>
      <translation>Blank roster template saved: {path}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="112" />
      <source>全部导入</source>
      <translation>Import all</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="238" />
      <source>（未指定：忽略并提醒）</source>
      <translation>(not assigned: ignored with a warning)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="239" />
      <source>不导入此列</source>
      <translation>Do not import this column</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="242" />
      <source>{word}（打勾列）</source>
      <translation>{word} (tick column)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="276" />
      <source>{room}室</source>
      <translation>Flat {room}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="277" />
      <source>{floor}层</source>
      <translation>floor {floor}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="291" />
      <source>共 {rows} 行，发现 {errors} 处错误、{warnings} 处提醒。名册按“全部或全不”导入：请在原表格中改正标红的行后重新选择文件，本次不会写入任何数据。</source>
      <translation>{rows} rows: {errors} errors and {warnings} warnings. A roster is imported all or nothing: correct the rows marked red in the spreadsheet and choose the file again. Nothing has been written.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="296" />
      <source>共 {rows} 行，检查通过（{warnings} 处提醒，标黄）。导入后：新增 {created} 户、更新 {updated} 户、新增产权人 {owners} 人、记录意见 {ballots} 份。</source>
      <translation>{rows} rows checked ({warnings} warnings, marked yellow). Importing adds {created} flats, updates {updated}, adds {owners} owners and records {ballots} opinions.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="307" />
      <source>（工作表：{sheet}）</source>
      <translation> (sheet: {sheet})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/roster_dialog.py" line="309" />
      <source>（仅预览前 {n} 行）</source>
      <translation> (preview shows the first {n} rows)</translation>
    </message>
  </context>
  <context>
    <name>RulesTab</name>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="414" />
      <source>&lt;h3&gt;表决规则按日期和区自动确定&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;莱芜区、钢城区：《济南市既有多层住宅增设电梯规定》；&lt;/li&gt;&lt;li&gt;表决日期在 2021-01-01 之前（试点各区）：试行办法；&lt;/li&gt;&lt;li&gt;2021-01-01 起：《民法典》第二百七十八条（双三分之二参与、双四分之三同意）。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;规则由法律规定，不能在此修改；个别案件确需改用其他规则的，由主管在案件的“主管操作”中指定并填写理由，理由记入案件日志。&lt;/p&gt;</source>
      <translation>&lt;h3&gt;The rule set follows from the vote date and the district&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Laiwu and Gangcheng districts: the Jinan Provisions on adding elevators to existing multi-storey housing;&lt;/li&gt;&lt;li&gt;votes before 2021-01-01 (trial districts): the trial measures;&lt;/li&gt;&lt;li&gt;from 2021-01-01: Civil Code art. 278 (two-thirds participation, three-quarters agreement, by area and by heads).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The rules are law and cannot be changed here. Where a case must use another rule set, a supervisor chooses it under the case's 'Supervisor actions' with a reason, which goes into the case log.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>ScanIntake</name>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="60" />
      <source>选择扫描件（可多选）</source>
      <translation>Choose scans (several at once)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="62" />
      <source>扫描件 (*.pdf *.png *.jpg *.jpeg);;PDF (*.pdf);;图片 (*.png *.jpg *.jpeg)</source>
      <translation>Scans (*.pdf *.png *.jpg *.jpeg);;PDF (*.pdf);;Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="134" />
      <source>读取 {pages} 页，全部匹配：{m} 户的签字意见表已存档。</source>
      <translation>{pages} page(s) read, all matched: the signed forms of {m} flat(s) are on file.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="138" />
      <source>读取 {pages} 页：{m} 户已匹配存档；{u} 页无法识别，{f} 页属于其他案件或旧版名册，{d} 户重复扫描。这些页没有保存，请核对。</source>
      <translation>{pages} page(s) read: {m} flat(s) matched and filed; {u} page(s) unreadable, {f} page(s) from another case or an old roster, {d} flat(s) scanned twice. Those pages were not saved; please check them.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="146" />
      <source>此前已有存档，本次未保存</source>
      <translation>Already on file; not saved again</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_scans.py" line="147" />
      <source>保存了 {page}，其余未保存</source>
      <translation>Kept {page}; the others were not saved</translation>
    </message>
  </context>
  <context>
    <name>ScanProgressDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="37" />
      <source>扫描录入</source>
      <translation>Scan in signed forms</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="39" />
      <source>正在读取 {n} 个文件…</source>
      <translation>Reading {n} file(s)…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="43" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="60" />
      <source>正在读取第 {done} 页，共 {total} 页</source>
      <translation>Reading page {done} of {total}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="67" />
      <source>正在停止，本次扫描不保存任何内容…</source>
      <translation>Stopping; nothing from this scan will be saved…</translation>
    </message>
  </context>
  <context>
    <name>ScanReviewDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="122" />
      <source>扫描结果</source>
      <translation>Scan results</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="126" />
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="133" />
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="135" />
      <source>房号</source>
      <translation>Flat</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="126" />
      <source>业主</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="126" />
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="131" />
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="133" />
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="126" />
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="131" />
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="133" />
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="135" />
      <source>页</source>
      <translation>Page</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="126" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="130" />
      <source>双击一行，在表决表中查看这一户和它的扫描件</source>
      <translation>Double-click a row to see the flat and its scan in the ballot grid</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="131" />
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="133" />
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="133" />
      <source>案件编号</source>
      <translation>Case number</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="135" />
      <source>处理</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="138" />
      <source>已匹配（{n}）</source>
      <translation>Matched ({n})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="139" />
      <source>无法识别（{n}）</source>
      <translation>Unreadable ({n})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="140" />
      <source>其他案件或旧名册（{n}）</source>
      <translation>Other case or old roster ({n})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="141" />
      <source>重复（{n}）</source>
      <translation>Duplicates ({n})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/scan_dialogs.py" line="150" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="37" />
      <location filename="../../src/casedesk/ui/settings_page.py" line="82" />
      <source>办事处</source>
      <translation>Office</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="40" />
      <source>办事处名称（打印在每页页眉）</source>
      <translation>Office name (printed in every page header)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="41" />
      <source>印章文字（表单盖章处）</source>
      <translation>Seal text (on the forms' seal box)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="42" />
      <source>案件编号格式</source>
      <translation>Case number pattern</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="43" />
      <source>纠纷编号格式</source>
      <translation>Dispute number pattern</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="44" />
      <source>公示期（天）</source>
      <translation>Notice period (days)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="45" />
      <source>调解期限（天）</source>
      <translation>Mediation time limit (days)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="46" />
      <source>阶段时限（天，如 街道审核=15, 规划审查=30）</source>
      <translation>Stage time limits (days, e.g. Street review=15, Planning review=30)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="47" />
      <source>备份文件夹（留空为数据库旁的 backups）</source>
      <translation>Backup folder (empty: 'backups' beside the database)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="55" />
      <source>编号格式中：{district} 为区编号，{street} 为街道编号（见“区、街道与社区”），{year} 为年份，{serial:04d} 为四位序号。</source>
      <translation>In number patterns: {district} is the district code, {street} the sub-district code (see Districts, sub-districts and communities), {year} the year, {serial:04d} a four-digit serial number.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="61" />
      <source>保存设置</source>
      <translation>Save settings</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="62" />
      <source>立即备份数据库</source>
      <translation>Back up the database now</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="84" />
      <source>区、街道与社区</source>
      <translation>Districts, sub-districts and communities</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="85" />
      <source>账户与社区</source>
      <translation>Accounts and communities</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="86" />
      <source>年度目标</source>
      <translation>Annual targets</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="87" />
      <source>节假日</source>
      <translation>Holidays</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="88" />
      <source>表决规则</source>
      <translation>Rule set</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="133" />
      <source>设置已保存</source>
      <translation>Settings saved</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/settings_page.py" line="147" />
      <source>已备份到：{p}</source>
      <translation>Backed up to: {p}</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../src/casedesk/ui/startup.py" line="69" />
      <source>正在打开数据库……</source>
      <translation>Opening the database…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/startup.py" line="122" />
      <source>数据库无法打开，程序将退出。</source>
      <translation>The database cannot be opened; CaseDesk will now close.</translation>
    </message>
  </context>
  <context>
    <name>StatusDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="513" />
      <source>变更纠纷状态</source>
      <translation>Change dispute status</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="520" />
      <source>说明（终止调解须写明原因及后续途径）</source>
      <translation>Note (ending mediation needs the reason and the next step)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="521" />
      <source>当前状态</source>
      <translation>Current status</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="522" />
      <source>改为</source>
      <translation>Change to</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="523" />
      <source>说明</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="529" />
      <source>当前状态不能再变更</source>
      <translation>The current status cannot change any more</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="533" />
      <source>终止调解须写明原因及后续途径（如诉讼）</source>
      <translation>Ending mediation needs the reason and the next step (e.g. a lawsuit)</translation>
    </message>
  </context>
  <context>
    <name>SubsidyStepDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="331" />
      <source>留空则按可得补贴金额</source>
      <translation>Empty: the eligible subsidy amount</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="332" />
      <source>环节</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="333" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="334" />
      <source>批准金额（元）</source>
      <translation>Approved (yuan)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="344" />
      <source>批准金额</source>
      <translation>Approved amount</translation>
    </message>
  </context>
  <context>
    <name>SupervisorMenu</name>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="35" />
      <source>主管操作…</source>
      <translation>Supervisor…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="38" />
      <source>街道盖章同意…</source>
      <translation>Street stamp: approve…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="39" />
      <source>改派经办人…</source>
      <translation>Reassign clerk…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="41" />
      <source>指定表决规则…</source>
      <translation>Set the rule set…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="42" />
      <source>免交材料…</source>
      <translation>Waive a document…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="43" />
      <source>重新打开案件…</source>
      <translation>Reopen the case…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="76" />
      <source>只有处于“街道审核”阶段的案件才能盖章</source>
      <translation>Only a case in Street review can be stamped</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="84" />
      <source>街道盖章同意</source>
      <translation>Street stamp: approve</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="97" />
      <source>改派经办人</source>
      <translation>Reassign clerk</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="97" />
      <source>新经办人</source>
      <translation>New clerk</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="104" />
      <source>按表决日期与区自动确定</source>
      <translation>Automatic, by vote date and district</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="112" />
      <source>指定表决规则</source>
      <translation>Set the rule set</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="112" />
      <source>表决规则</source>
      <translation>Rule set</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="124" />
      <source>免交材料</source>
      <translation>Waive a document</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="124" />
      <source>材料</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/supervisor.py" line="134" />
      <source>重新打开案件</source>
      <translation>Reopen the case</translation>
    </message>
  </context>
  <context>
    <name>TargetsTab</name>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="239" />
      <source>区</source>
      <translation>District</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="239" />
      <source>街道</source>
      <translation>Sub-district</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="239" />
      <source>开工目标（台）</source>
      <translation>Start target (units)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="239" />
      <source>验收目标（台）</source>
      <translation>Acceptance target (units)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="241" />
      <source>保存目标</source>
      <translation>Save targets</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="243" />
      <source>年度</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="264" />
      <source>（全区）</source>
      <translation>(whole district)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="274" />
      <source>第 {n} 行的目标不是整数</source>
      <translation>The target in row {n} is not a whole number</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="288" />
      <source>已保存 {n} 项目标</source>
      <translation>{n} target(s) saved</translation>
    </message>
  </context>
  <context>
    <name>UserDialog</name>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="82" />
      <source>新建账户</source>
      <translation>New account</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="82" />
      <source>修改账户 {u}</source>
      <translation>Edit account {u}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="92" />
      <source>启用</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="107" />
      <source>用户名（登录用）</source>
      <translation>User name (for logging in)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="108" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="109" />
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="110" />
      <source>负责社区（社区工作人员、调解员）</source>
      <translation>Communities (clerks, mediators)</translation>
    </message>
  </context>
  <context>
    <name>UsersTab</name>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="127" />
      <source>用户名</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="127" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="127" />
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="127" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="127" />
      <source>负责社区</source>
      <translation>Communities</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="130" />
      <source>新建账户…</source>
      <translation>New account…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="131" />
      <source>修改…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="132" />
      <source>重设密码</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="160" />
      <source>启用</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="160" />
      <source>已停用</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="172" />
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="208" />
      <source>请先选择一个账户</source>
      <translation>Select an account first</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="201" />
      <source>已保存账户 {u}</source>
      <translation>Account {u} saved</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="223" />
      <source>账户 {u} 的密码：{p}
请当面交给本人，首次登录后由本人保管。此密码不会再次显示。</source>
      <translation>Password for {u}: {p}
Hand it to the person directly; from then on they keep it. It will not be shown again.</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="225" />
      <source>账户 {u} 已设置新密码</source>
      <translation>Account {u} has a new password</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/admin_tabs.py" line="226" />
      <source>新密码</source>
      <translation>New password</translation>
    </message>
  </context>
  <context>
    <name>VisitEditor</name>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="861" />
      <source>协议已履行完毕</source>
      <translation>Agreement fully performed</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="862" />
      <source>记录回访</source>
      <translation>Record visit</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="865" />
      <source>回访日期</source>
      <translation>Visit date</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="866" />
      <source>回访情况</source>
      <translation>Findings</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/mediation.py" line="895" />
      <source>回访已记录</source>
      <translation>Visit recorded</translation>
    </message>
  </context>
  <context>
    <name>WorkQueuePage</name>
    <message>
      <location filename="../../src/casedesk/ui/work_queue_page.py" line="35" />
      <source>待我审核</source>
      <translation>Awaiting my review</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/work_queue_page.py" line="36" />
      <source>超期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/work_queue_page.py" line="37" />
      <source>7 日内到期</source>
      <translation>Due within 7 days</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/work_queue_page.py" line="38" />
      <source>受阻</source>
      <translation>Blocked</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/work_queue_page.py" line="39" />
      <source>表决需核实</source>
      <translation>Vote needs verification</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/work_queue_page.py" line="107" />
      <source>{name}（共 {n} 件，显示前 {k} 件）</source>
      <translation>{name} ({n} in all, first {k} shown)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/work_queue_page.py" line="109" />
      <source>{name}（{n}）</source>
      <translation>{name} ({n})</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/work_queue_page.py" line="111" />
      <source>超期 {a} 件，7 日内到期 {b} 件，受阻 {c} 件，需核实 {d} 件</source>
      <translation>{a} overdue, {b} due within 7 days, {c} blocked, {d} to verify</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/work_queue_page.py" line="118" />
      <source>待我审核 {n} 件，</source>
      <translation>{n} awaiting my review, </translation>
    </message>
  </context>
  <context>
    <name>YesNoUnknown</name>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="37" />
      <source>未确认</source>
      <translation>Not confirmed</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="38" />
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_details_dialog.py" line="39" />
      <source>否</source>
      <translation>No</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../src/casedesk/ui/errors.py" line="26" />
      <source>环境问题</source>
      <translation>Problem with the environment</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/errors.py" line="28" />
      <source>无法完成操作</source>
      <translation>Could not complete</translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <location filename="../../src/casedesk/ui/pdf_files.py" line="29" />
      <source>已生成 PDF</source>
      <translation>PDF written</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/pdf_files.py" line="30" />
      <source>没有找到可以打开 PDF 的程序。文件已保存在：
{path}</source>
      <translation>No program was found to open the PDF. It is saved at:
{path}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/pdf_files.py" line="33" />
      <source>打开文件夹</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="170" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="175" />
      <source>房号</source>
      <translation>Flat</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_disputes.py" line="177" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="148" />
      <source>登记阻工</source>
      <translation>Record an obstruction</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="167" />
      <source>竣工验收</source>
      <translation>Completion acceptance</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="203" />
      <source>费用分摊</source>
      <translation>Cost sharing</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="325" />
      <source>登记补贴环节</source>
      <translation>Record a subsidy step</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="353" />
      <source>登记补贴拨付</source>
      <translation>Record a subsidy payment</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="378" />
      <source>维修资金使用</source>
      <translation>Use of maintenance fund</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="45" />
      <source>张贴公示</source>
      <translation>Post the notice</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="101" />
      <source>登记异议</source>
      <translation>Record an objection</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_notice_dialogs.py" line="145" />
      <source>答复并处理异议</source>
      <translation>Reply to and settle the objection</translation>
    </message>
  </context>
  <context>
    <name>tab</name>
    <message>
      <location filename="../../src/casedesk/ui/pdf_files.py" line="52" />
      <source>没有找到可以打开此文件的程序。文件在：
{p}</source>
      <translation>No program was found to open this file. It is at:
{p}</translation>
    </message>
  </context>
  <context>
    <name>w</name>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="103" />
      <source>房号</source>
      <translation>Flat</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="104" />
      <source>楼层</source>
      <translation>Floor</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="105" />
      <source>面积（㎡）</source>
      <translation>Area (m²)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="106" />
      <source>楼层系数</source>
      <translation>Floor factor</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="107" />
      <source>分摊金额（元）</source>
      <translation>Share (yuan)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="108" />
      <source>补偿（元）</source>
      <translation>Compensation (yuan)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="109" />
      <source>应缴（元）</source>
      <translation>Due (yuan)</translation>
    </message>
  </context>
  <context>
    <name>widget</name>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="55" />
      <source>请填写{what}</source>
      <translation>Please enter: {what}</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="60" />
      <source>{what}格式不正确：{text}（应为元，最多两位小数，如 200000.00）</source>
      <translation>{what} is not a valid amount: {text} (yuan, at most two decimals, e.g. 200000.00)</translation>
    </message>
    <message>
      <location filename="../../src/casedesk/ui/case_money_dialogs.py" line="65" />
      <source>{what}必须大于 0</source>
      <translation>{what} must be more than 0</translation>
    </message>
  </context>
  <context>
    <name>helpers</name>
    <message>
      <source>状态记录</source>
      <translation>Status history</translation>
    </message>
    <message>
      <source>调解会议</source>
      <translation>Mediation meetings</translation>
    </message>
    <message>
      <source>协议</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <source>类别：{c}</source>
      <translation>Categories: {c}</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>其他操作</source>
      <translation>Other action</translation>
    </message>
    <message>
      <source>系统</source>
      <translation>System</translation>
    </message>
    <message>
      <source>登记案件</source>
      <translation>Case registered</translation>
    </message>
    <message>
      <source>修改案件信息</source>
      <translation>Case details changed</translation>
    </message>
    <message>
      <source>查看完整证件号码和电话</source>
      <translation>Full ID numbers and phones viewed</translation>
    </message>
    <message>
      <source>进入下一阶段</source>
      <translation>Advanced to the next stage</translation>
    </message>
    <message>
      <source>暂停案件</source>
      <translation>Case suspended</translation>
    </message>
    <message>
      <source>恢复案件</source>
      <translation>Case resumed</translation>
    </message>
    <message>
      <source>撤回案件</source>
      <translation>Case withdrawn</translation>
    </message>
    <message>
      <source>不予通过</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>重新开启案件</source>
      <translation>Case reopened</translation>
    </message>
    <message>
      <source>登记受理条件</source>
      <translation>Admission conditions recorded</translation>
    </message>
    <message>
      <source>登记并行手续</source>
      <translation>Parallel procedure recorded</translation>
    </message>
    <message>
      <source>登记施工受阻</source>
      <translation>Obstruction recorded</translation>
    </message>
    <message>
      <source>指定表决规则</source>
      <translation>Rule set chosen</translation>
    </message>
    <message>
      <source>转交案件</source>
      <translation>Case reassigned</translation>
    </message>
    <message>
      <source>材料已齐</source>
      <translation>Document handed in</translation>
    </message>
    <message>
      <source>免交材料</source>
      <translation>Document waived</translation>
    </message>
    <message>
      <source>张贴公示</source>
      <translation>Notice posted</translation>
    </message>
    <message>
      <source>登记异议</source>
      <translation>Objection recorded</translation>
    </message>
    <message>
      <source>处理异议</source>
      <translation>Objection settled</translation>
    </message>
    <message>
      <source>导入业主名册</source>
      <translation>Owner roster imported</translation>
    </message>
    <message>
      <source>更新住户信息</source>
      <translation>Owner details updated</translation>
    </message>
    <message>
      <source>登记表决意见</source>
      <translation>Opinion recorded</translation>
    </message>
    <message>
      <source>修改表决意见</source>
      <translation>Opinion changed</translation>
    </message>
    <message>
      <source>撤回表决意见</source>
      <translation>Opinion withdrawn</translation>
    </message>
    <message>
      <source>扫描录入意见征询表</source>
      <translation>Scan signed ballots</translation>
    </message>
    <message>
      <source>保存表决统计</source>
      <translation>Tally saved</translation>
    </message>
    <message>
      <source>立案纠纷</source>
      <translation>Dispute opened</translation>
    </message>
    <message>
      <source>变更纠纷状态</source>
      <translation>Dispute status changed</translation>
    </message>
    <message>
      <source>延长调解期限</source>
      <translation>Mediation limit extended</translation>
    </message>
    <message>
      <source>确认纠纷类别</source>
      <translation>Dispute categories confirmed</translation>
    </message>
    <message>
      <source>转交纠纷</source>
      <translation>Dispute reassigned</translation>
    </message>
    <message>
      <source>回访</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <source>保存调解记录</source>
      <translation>Mediation record saved</translation>
    </message>
    <message>
      <source>签订调解协议</source>
      <translation>Mediation agreement signed</translation>
    </message>
    <message>
      <source>保存费用分摊</source>
      <translation>Cost sharing saved</translation>
    </message>
    <message>
      <source>使用维修资金</source>
      <translation>Maintenance fund used</translation>
    </message>
    <message>
      <source>申请补贴</source>
      <translation>Subsidy applied for</translation>
    </message>
    <message>
      <source>审核补贴</source>
      <translation>Subsidy reviewed</translation>
    </message>
    <message>
      <source>批准补贴</source>
      <translation>Subsidy approved</translation>
    </message>
    <message>
      <source>发放补贴</source>
      <translation>Subsidy paid</translation>
    </message>
    <message>
      <source>打印表单</source>
      <translation>Form printed</translation>
    </message>
    <message>
      <source>打印月度报表</source>
      <translation>Monthly report printed</translation>
    </message>
    <message>
      <source>打印案件列表</source>
      <translation>Case list printed</translation>
    </message>
    <message>
      <source>导出 Excel</source>
      <translation>Exported to Excel</translation>
    </message>
    <message>
      <source>修改办事处设置</source>
      <translation>Office settings changed</translation>
    </message>
    <message>
      <source>创建账户</source>
      <translation>Account created</translation>
    </message>
    <message>
      <source>修改账户</source>
      <translation>Account changed</translation>
    </message>
    <message>
      <source>重设密码</source>
      <translation>Password reset</translation>
    </message>
    <message>
      <source>修改本人密码</source>
      <translation>Own password changed</translation>
    </message>
    <message>
      <source>登录失败</source>
      <translation>Log-in failed</translation>
    </message>
    <message>
      <source>锁定期间尝试登录</source>
      <translation>Log-in tried while locked</translation>
    </message>
    <message>
      <source>多次失败后登录成功</source>
      <translation>Logged in after failed tries</translation>
    </message>
    <message>
      <source>设置年度目标</source>
      <translation>Annual targets set</translation>
    </message>
    <message>
      <source>设置节假日</source>
      <translation>Holiday set</translation>
    </message>
    <message>
      <source>删除节假日</source>
      <translation>Holiday deleted</translation>
    </message>
    <message>
      <source>添加区</source>
      <translation>District added</translation>
    </message>
    <message>
      <source>重命名区</source>
      <translation>District renamed</translation>
    </message>
    <message>
      <source>添加街道</source>
      <translation>Sub-district added</translation>
    </message>
    <message>
      <source>重命名街道</source>
      <translation>Sub-district renamed</translation>
    </message>
    <message>
      <source>添加社区</source>
      <translation>Community added</translation>
    </message>
    <message>
      <source>重命名社区</source>
      <translation>Community renamed</translation>
    </message>
    <message>
      <source>生成演示数据</source>
      <translation>Demo data made</translation>
    </message>
    <message>
      <source>从备份恢复数据库</source>
      <translation>Database restored from a backup</translation>
    </message>
    <message>
      <source>从备份恢复</source>
      <translation>restore from a backup</translation>
    </message>
    <message>
      <source>权限不足：只有管理员可以备份、恢复或迁移整个数据库（其中有各社区业主的完整证件号码和调解笔录）。当前：{role}</source>
      <translation>Not permitted: only an administrator may back up, restore or move the whole database (it holds every community's full owner ID numbers and mediation records). Current role: {role}</translation>
    </message>
    <message>
      <source>数据库文件不存在：{p}</source>
      <translation>The database file does not exist: {p}</translation>
    </message>
    <message>
      <source>文件已存在：{p}。为免覆盖其他数据，未备份；确需替换请加 --force，或换一个文件名</source>
      <translation>The file exists already: {p}. Not backed up, so as not to overwrite other data; to replace it add --force, or choose another file name</translation>
    </message>
    <message>
      <source>找不到备份文件：{p}</source>
      <translation>Backup file not found: {p}</translation>
    </message>
    <message>
      <source>备份文件来自更新版本的 CaseDesk（结构版本 {v}），本程序不能恢复</source>
      <translation>The backup comes from a newer CaseDesk (schema version {v}); this program cannot restore it</translation>
    </message>
    <message>
      <source>无法写入备份（{err}）：请检查磁盘空间和文件夹权限</source>
      <translation>The backup cannot be written ({err}): check the disk space and the folder's permissions</translation>
    </message>
    <message>
      <source>不是 CaseDesk 数据库文件：{p}</source>
      <translation>Not a CaseDesk database file: {p}</translation>
    </message>
    <message>
      <source>备份文件已损坏（{err}），未恢复</source>
      <translation>The backup file is damaged ({err}); nothing was restored</translation>
    </message>
    <message>
      <source>备份文件已损坏（{r}），未恢复</source>
      <translation>The backup file is damaged ({r}); nothing was restored</translation>
    </message>
    <message>
      <source>从备份恢复数据库：{f}（原数据库另存为：{old}）</source>
      <translation>Database restored from the backup {f} (the previous database was kept as: {old})</translation>
    </message>
    <message>
      <source>无</source>
      <translation>None</translation>
    </message>
    <message>
      <source>本单元没有登记房屋，无法表决</source>
      <translation>The unit has no flats recorded; there is nothing to vote on</translation>
    </message>
    <message>
      <source>恰好达到</source>
      <translation>Exactly met</translation>
    </message>
    <message>
      <source>表决未通过：{why}</source>
      <translation>The vote did not pass: {why}</translation>
    </message>
    <message>
      <source>没有可计入的面积</source>
      <translation>No area to count</translation>
    </message>
    <message>
      <source>没有可计入的人数</source>
      <translation>No owners to count</translation>
    </message>
    <message>
      <source>无人参与表决</source>
      <translation>Nobody took part</translation>
    </message>
    <message>
      <source>表决通过：符合{rule}</source>
      <translation>The vote passed under {rule}</translation>
    </message>
    <message>
      <source>结果待核实：{rooms} 的意见不一致或需核实，核实前不能确定表决结果</source>
      <translation>Result to verify: the opinions of {rooms} differ or need checking; the result is open until they are checked</translation>
    </message>
    <message>
      <source>表决比例已达到，但电梯占用 {rooms} 室专有部分，须该业主同意</source>
      <translation>The shares are met, but the elevator uses the exclusive part of flat {rooms}, whose owner must agree</translation>
    </message>
    <message>
      <source>{label}，{margin}</source>
      <translation>{label}, {margin}</translation>
    </message>
    <message>
      <source>；另须先处理 {n} 条书面异议</source>
      <translation>; {n} written objections must be settled first</translation>
    </message>
    <message>
      <source>其余尚未表决的业主全部同意也不能通过，须争取已表态业主改变意见{note}</source>
      <translation>Even if every owner yet to vote agrees it cannot pass; owners who have voted must change their minds{note}</translation>
    </message>
    <message>
      <source>有意见表未填写签署日期，已计入，请核实</source>
      <translation>An opinion form has no signing date; it was counted, please check it</translation>
    </message>
    <message>
      <source>还差 {x} ㎡</source>
      <translation>{x} m² short</translation>
    </message>
    <message>
      <source>还差 {n} 人</source>
      <translation>{n} owner(s) short</translation>
    </message>
    <message>
      <source>{rooms} 室的专有部分被占用且业主未同意，须先取得其同意{note}</source>
      <translation>The exclusive part of flat {rooms} is used and its owner has not agreed; that consent comes first{note}</translation>
    </message>
    <message>
      <source>{room} 室没有登记业主，按一人计</source>
      <translation>Flat {room} has no recorded owner; counted as one person</translation>
    </message>
    <message>
      <source>{room} 室有一张非登记业主签署的意见，未计入</source>
      <translation>Flat {room} has an opinion signed by someone not on record; not counted</translation>
    </message>
    <message>
      <source>超出 {x} ㎡</source>
      <translation>{x} m² over</translation>
    </message>
    <message>
      <source>超出 {n} 人</source>
      <translation>{n} owner(s) over</translation>
    </message>
    <message>
      <source>再有 {n} 位业主同意即可通过，建议优先征询：{rooms}{note}</source>
      <translation>{n} more owners agreeing would pass it; ask first: {rooms}{note}</translation>
    </message>
    <message>
      <source>{name}（{room} 室）未登记证件号码，无法与其他房屋合并，单独计为一人</source>
      <translation>{name} (flat {room}) has no ID number on record, so cannot be matched with other flats; counted as one person</translation>
    </message>
    <message>
      <source>未处理书面异议 {n} 条</source>
      <translation>{n} written objections not settled</translation>
    </message>
    <message>
      <source>业主表决比例已达到{note}</source>
      <translation>The owners' shares are met{note}</translation>
    </message>
    <message>
      <source>尚有 {n} 条书面异议未处理</source>
      <translation>{n} written objections not settled yet</translation>
    </message>
    <message>
      <source>如何通过</source>
      <translation>What it takes to pass</translation>
    </message>
    <message>
      <source>解释规则</source>
      <translation>Rules of interpretation</translation>
    </message>
    <message>
      <source>表决规则：{name}（{why}）</source>
      <translation>Rule set: {name} ({why})</translation>
    </message>
    <message>
      <source>项目</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>面积(㎡)</source>
      <translation>Area (m²)</translation>
    </message>
    <message>
      <source>人数</source>
      <translation>Owners</translation>
    </message>
    <message>
      <source>条件</source>
      <translation>Condition</translation>
    </message>
    <message>
      <source>计算</source>
      <translation>Calculation</translation>
    </message>
    <message>
      <source>结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>差额</source>
      <translation>Margin</translation>
    </message>
    <message>
      <source>达到</source>
      <translation>Met</translation>
    </message>
    <message>
      <source>未达到</source>
      <translation>Not met</translation>
    </message>
    <message>
      <source>需核实</source>
      <translation>To verify</translation>
    </message>
    <message>
      <source>占用专有部分未同意</source>
      <translation>Exclusive part used, owner not agreed</translation>
    </message>
    <message>
      <source>截止日期后签署、未计入</source>
      <translation>Signed after the closing date, not counted</translation>
    </message>
    <message>
      <source>提示</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>本单元总计</source>
      <translation>Whole unit</translation>
    </message>
    <message>
      <source>参与表决</source>
      <translation>Took part</translation>
    </message>
    <message>
      <source>同意</source>
      <translation>Agree</translation>
    </message>
    <message>
      <source>不同意</source>
      <translation>Disagree</translation>
    </message>
    <message>
      <source>弃权</source>
      <translation>Abstain</translation>
    </message>
    <message>
      <source>是</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>否</source>
      <translation>no</translation>
    </message>
    <message>
      <source>弃权计入参与表决：{v}</source>
      <translation>Abstentions count as taking part: {v}</translation>
    </message>
    <message>
      <source>共有人意见不一致的房屋列为待核实：{v}</source>
      <translation>Flats whose co-owners disagree are to verify: {v}</translation>
    </message>
    <message>
      <source>一人多套意见不一致列为待核实：{v}</source>
      <translation>An owner of several flats voting differently is to verify: {v}</translation>
    </message>
    <message>
      <source>截止日期后签署的意见不计入：{v}</source>
      <translation>Opinions signed after the closing date are not counted: {v}</translation>
    </message>
    <message>
      <source>占用专有部分须该业主同意：{v}</source>
      <translation>Using an exclusive part needs its owner's consent: {v}</translation>
    </message>
    <message>
      <source>无未处理的书面异议</source>
      <translation>No unsettled written objection</translation>
    </message>
    <message>
      <source>参与表决面积</source>
      <translation>Area taking part</translation>
    </message>
    <message>
      <source>参与表决面积（{threshold}）</source>
      <translation>Area taking part ({threshold})</translation>
    </message>
    <message>
      <source>参与表决面积 {part} × {den} {op} 总面积 {whole} × {num}</source>
      <translation>area taking part {part} × {den} {op} total area {whole} × {num}</translation>
    </message>
    <message>
      <source>参与表决面积 × {den} {op} 总面积 × {num}</source>
      <translation>area taking part × {den} {op} total area × {num}</translation>
    </message>
    <message>
      <source>参与表决人数</source>
      <translation>Owners taking part</translation>
    </message>
    <message>
      <source>参与表决人数（{threshold}）</source>
      <translation>Owners taking part ({threshold})</translation>
    </message>
    <message>
      <source>参与表决人数 {part} × {den} {op} 总人数 {whole} × {num}</source>
      <translation>owners taking part {part} × {den} {op} all owners {whole} × {num}</translation>
    </message>
    <message>
      <source>参与表决人数 × {den} {op} 总人数 × {num}</source>
      <translation>owners taking part × {den} {op} all owners × {num}</translation>
    </message>
    <message>
      <source>同意面积占参与表决面积</source>
      <translation>Agreeing area of the area taking part</translation>
    </message>
    <message>
      <source>同意面积占参与表决面积（{threshold}）</source>
      <translation>Agreeing area of the area taking part ({threshold})</translation>
    </message>
    <message>
      <source>同意面积 {part} × {den} {op} 参与表决面积 {whole} × {num}</source>
      <translation>agreeing area {part} × {den} {op} area taking part {whole} × {num}</translation>
    </message>
    <message>
      <source>同意面积 × {den} {op} 参与表决面积 × {num}</source>
      <translation>agreeing area × {den} {op} area taking part × {num}</translation>
    </message>
    <message>
      <source>同意人数占参与表决人数</source>
      <translation>Agreeing owners of the owners taking part</translation>
    </message>
    <message>
      <source>同意人数占参与表决人数（{threshold}）</source>
      <translation>Agreeing owners of the owners taking part ({threshold})</translation>
    </message>
    <message>
      <source>同意人数 {part} × {den} {op} 参与表决人数 {whole} × {num}</source>
      <translation>agreeing owners {part} × {den} {op} owners taking part {whole} × {num}</translation>
    </message>
    <message>
      <source>同意人数 × {den} {op} 参与表决人数 × {num}</source>
      <translation>agreeing owners × {den} {op} owners taking part × {num}</translation>
    </message>
    <message>
      <source>同意面积占总面积</source>
      <translation>Agreeing area of the total area</translation>
    </message>
    <message>
      <source>同意面积占总面积（{threshold}）</source>
      <translation>Agreeing area of the total area ({threshold})</translation>
    </message>
    <message>
      <source>同意面积 {part} × {den} {op} 总面积 {whole} × {num}</source>
      <translation>agreeing area {part} × {den} {op} total area {whole} × {num}</translation>
    </message>
    <message>
      <source>同意面积 × {den} {op} 总面积 × {num}</source>
      <translation>agreeing area × {den} {op} total area × {num}</translation>
    </message>
    <message>
      <source>同意人数占总人数</source>
      <translation>Agreeing owners of all owners</translation>
    </message>
    <message>
      <source>同意人数占总人数（{threshold}）</source>
      <translation>Agreeing owners of all owners ({threshold})</translation>
    </message>
    <message>
      <source>同意人数 {part} × {den} {op} 总人数 {whole} × {num}</source>
      <translation>agreeing owners {part} × {den} {op} all owners {whole} × {num}</translation>
    </message>
    <message>
      <source>同意人数 × {den} {op} 总人数 × {num}</source>
      <translation>agreeing owners × {den} {op} all owners × {num}</translation>
    </message>
    <message>
      <source>济南市既有住宅增设电梯办法（2021年起）</source>
      <translation>Jinan measures for adding elevators to existing housing (from 2021)</translation>
    </message>
    <message>
      <source>《民法典》第二百七十八条第一款第七项、第二款：专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决专有部分面积四分之三以上且参与表决人数四分之三以上的业主书面同意</source>
      <translation>Civil Code art. 278 (1) 7 and (2): owners with two-thirds or more of the exclusive area and two-thirds or more of the owners take part, and owners with three-quarters or more of the area taking part and three-quarters or more of those taking part agree in writing</translation>
    </message>
    <message>
      <source>济南市既有住宅增设电梯办法（试行，2017）</source>
      <translation>Jinan measures for adding elevators to existing housing (trial, 2017)</translation>
    </message>
    <message>
      <source>试行期实践：本单元全体业主同意且无书面异议（一票否决）</source>
      <translation>Trial practice: every owner of the unit agrees and there is no written objection (one veto suffices)</translation>
    </message>
    <message>
      <source>济南市既有多层住宅增设电梯规定（莱芜区、钢城区，2019修订）</source>
      <translation>Jinan provisions on adding elevators to existing multi-storey housing (Laiwu, Gangcheng; 2019 revision)</translation>
    </message>
    <message>
      <source>第七条、第十一条：本单元专有部分面积三分之二以上且人数三分之二以上的业主书面同意，公示期满无未解决的书面异议</source>
      <translation>Arts. 7 and 11: owners with two-thirds or more of the unit's exclusive area and two-thirds or more of the owners agree in writing, and no written objection is unresolved when the notice period ends</translation>
    </message>
    <message>
      <source>《民法典》共同决定其他事项（维修资金使用）</source>
      <translation>Civil Code joint decision on other matters (use of the maintenance fund)</translation>
    </message>
    <message>
      <source>《民法典》第二百七十八条第二款：三分之二以上参与表决，并经参与表决专有部分面积过半数且参与表决人数过半数的业主同意</source>
      <translation>Civil Code art. 278 (2): two-thirds or more take part, and owners with more than half of the area taking part and more than half of those taking part agree</translation>
    </message>
    <message>
      <source>2021-01-01 起适用《民法典》第二百七十八条</source>
      <translation>From 2021-01-01 Civil Code art. 278 applies</translation>
    </message>
    <message>
      <source>过半数</source>
      <translation>more than half</translation>
    </message>
    <message>
      <source>更换表决规则须填写理由</source>
      <translation>Changing the rule set needs a reason</translation>
    </message>
    <message>
      <source>三分之二</source>
      <translation>two-thirds</translation>
    </message>
    <message>
      <source>四分之三</source>
      <translation>three-quarters</translation>
    </message>
    <message>
      <source>二分之一</source>
      <translation>one half</translation>
    </message>
    <message>
      <source>超过{f}</source>
      <translation>more than {f}</translation>
    </message>
    <message>
      <source>{f}以上</source>
      <translation>{f} or more</translation>
    </message>
    <message>
      <source>同意面积 = 总面积</source>
      <translation>agreeing area = total area</translation>
    </message>
    <message>
      <source>同意人数 = 总人数</source>
      <translation>agreeing owners = all owners</translation>
    </message>
    <message>
      <source>主管指定：{r}</source>
      <translation>Set by a supervisor: {r}</translation>
    </message>
    <message>
      <source>{d}适用《济南市既有多层住宅增设电梯规定》</source>
      <translation>{d}: the Jinan provisions on multi-storey housing apply</translation>
    </message>
    <message>
      <source>表决日期 {d} 早于 2021-01-01，适用试行办法</source>
      <translation>Vote date {d} is before 2021-01-01: the trial measures apply</translation>
    </message>
    <message>
      <source>没有这个表决规则：{code}（可选：{codes}）</source>
      <translation>No such rule set: {code} (choose from: {codes})</translation>
    </message>
    <message>
      <source>无法创建数据库文件夹 {dir}：{err}</source>
      <translation>The database folder {dir} cannot be created: {err}</translation>
    </message>
    <message>
      <source>{file} 不是 CaseDesk 数据库，或文件已损坏。请检查文件路径；如果这是办公室的数据库，请用“casedesk restore”从备份恢复。</source>
      <translation>{file} is not a CaseDesk database, or the file is damaged. Check the path; if this is the office's database, restore it from a backup with "casedesk restore".</translation>
    </message>
    <message>
      <source>另一位同事刚刚同时修改了相同的数据。本次操作未保存任何内容，请刷新后重试。</source>
      <translation>A colleague changed the same data at the same moment. Nothing of this was saved; refresh and try again.</translation>
    </message>
    <message>
      <source>数据库正被另一个程序长时间占用，请稍后重试。本次操作未保存。</source>
      <translation>Another program has been holding the database for a long time; try again later. Nothing was saved.</translation>
    </message>
    <message>
      <source>无法连接数据库服务器（{err}）。请检查网络和服务器；本次操作未保存。</source>
      <translation>The database server cannot be reached ({err}). Check the network and the server; nothing was saved.</translation>
    </message>
    <message>
      <source>CaseDesk 桌面程序</source>
      <translation>the CaseDesk desktop program</translation>
    </message>
    <message>
      <source>另一个程序（未留下姓名）</source>
      <translation>another program (it left no name)</translation>
    </message>
    <message>
      <source>数据库文件已损坏{p}（{d}）。本次操作未保存任何内容。请停止在此文件上工作，关闭所有 CaseDesk 程序，然后由管理员用“casedesk restore 备份文件”从最近一份完好的备份恢复（备份文件夹中按日期命名）；损坏的文件会先另存一份，以便技术支持抢救。</source>
      <translation>The database file is damaged{p} ({d}). Nothing of this was saved. Stop working on this file and close every CaseDesk program; then an administrator restores the latest good backup with "casedesk restore BACKUP-FILE" (the backup folder names them by date). The damaged file is kept aside first, so that technical support can try to rescue it.</translation>
    </message>
    <message>
      <source>{user}（电脑 {host}，{program}，自 {since} 起）</source>
      <translation>{user} (computer {host}, {program}, since {since})</translation>
    </message>
    <message>
      <source>命令行 {cmd}</source>
      <translation>the command {cmd}</translation>
    </message>
    <message>
      <source>数据库正被使用，不能{doing}：{who}。请先关闭这些 CaseDesk 窗口和命令，再重试；数据未作任何改动。</source>
      <translation>The database is in use, so it cannot {doing}: {who}. Close these CaseDesk windows and commands first, then try again; no data was changed.</translation>
    </message>
    <message>
      <source>备份副本的行数与数据库不一致，未保存；原有备份保持不变</source>
      <translation>The backup copy's row counts differ from the database's; it was not kept, and the earlier backup is unchanged</translation>
    </message>
    <message>
      <source>备份目标是一个文件夹：{p}。请指定文件名，例如 {p}/备份.sqlite3</source>
      <translation>The backup target is a folder: {p}. Give a file name, e.g. {p}/backup.sqlite3</translation>
    </message>
    <message>
      <source>备份目标就是数据库文件本身：{p}。请指定另一个文件名</source>
      <translation>The backup target is the database file itself: {p}. Give another file name</translation>
    </message>
    <message>
      <source>备份副本未通过检查（{d}），未保存；原有备份保持不变</source>
      <translation>The backup copy failed its check ({d}); it was not kept, and the earlier backup is unchanged</translation>
    </message>
    <message>
      <source>文件已存在：{p}。未备份</source>
      <translation>The file exists already: {p}. Not backed up</translation>
    </message>
    <message>
      <source>无法写入备份（{err}）：请检查磁盘空间和文件夹权限。未生成备份文件</source>
      <translation>The backup cannot be written ({err}): check the disk space and the folder's permissions. No backup file was made</translation>
    </message>
    <message>
      <source>数据库位于网络共享文件夹（{path}）。多台电脑通过共享同时写入会损坏数据，请把数据库放在本机磁盘；多人共用请改用 PostgreSQL 服务器。</source>
      <translation>The database is on a network share ({path}). Several PCs writing through a share damage the data: keep the database on this PC's disk, and use a PostgreSQL server for a shared office.</translation>
    </message>
    <message>
      <source>数据库位于映射的网络驱动器（{path}）。请把数据库放在本机磁盘。</source>
      <translation>The database is on a mapped network drive ({path}). Keep the database on this PC's disk.</translation>
    </message>
    <message>
      <source>数据库位于网络文件系统（{fs}：{path}）。请把数据库放在本机磁盘。</source>
      <translation>The database is on a network file system ({fs}: {path}). Keep the database on this PC's disk.</translation>
    </message>
    <message>
      <source>不支持 {kind} 数据库。CaseDesk 只使用 SQLite 文件或 PostgreSQL 服务器（postgresql+psycopg://…）</source>
      <translation>{kind} databases are not supported. CaseDesk uses an SQLite file or a PostgreSQL server (postgresql+psycopg://…)</translation>
    </message>
    <message>
      <source>PostgreSQL 地址请写成 postgresql+psycopg://用户@服务器/数据库（当前为 {url}）</source>
      <translation>Write a PostgreSQL address as postgresql+psycopg://user@server/database (now: {url})</translation>
    </message>
    <message>
      <source>{path} 是一个文件夹，不是数据库文件。请在 --db 后给出文件名，例如 {path}/casedesk.sqlite3</source>
      <translation>{path} is a folder, not a database file. Give a file name after --db, e.g. {path}/casedesk.sqlite3</translation>
    </message>
    <message>
      <source>数据库位于云同步文件夹（{path}）。同步软件可能在写入中途复制文件而损坏数据，请把数据库放在本机的非同步文件夹。</source>
      <translation>The database is in a cloud-synchronised folder ({path}). Synchronising software may copy the file in the middle of a write and damage the data: keep the database in a folder on this PC that is not synchronised.</translation>
    </message>
    <message>
      <source>无法识别的数据库地址：{url}。请给出数据库文件路径，或 postgresql+psycopg://用户@服务器/数据库</source>
      <translation>Database address not recognised: {url}. Give the path of a database file, or postgresql+psycopg://user@server/database</translation>
    </message>
    <message>
      <source>数据库由更新版本的 CaseDesk 创建（结构版本 {rev}），本程序无法打开。请安装最新版本；数据库未作任何改动。</source>
      <translation>The database was made by a newer CaseDesk (schema version {rev}); this program cannot open it. Install the latest version; the database was not changed.</translation>
    </message>
    <message>
      <source>数据库缺少结构版本记录，但表 {tables} 中已有数据，本程序不能确定它的结构，未作任何改动。请用“casedesk restore”从备份恢复，或联系技术支持。</source>
      <translation>The database has no schema version, yet the tables {tables} hold data, so its structure is unknown; nothing was changed. Restore it from a backup with "casedesk restore", or ask technical support.</translation>
    </message>
    <message>
      <source>本机没有 pg_dump，无法备份 PostgreSQL 数据库。请在服务器或装有 PostgreSQL 客户端的电脑上运行：{cmd}（恢复用 pg_restore）。</source>
      <translation>pg_dump is not installed here, so the PostgreSQL database cannot be backed up. Run this on the server or on a PC with the PostgreSQL client: {cmd} (pg_restore restores it).</translation>
    </message>
    <message>
      <source>pg_dump 备份失败：{err}</source>
      <translation>The pg_dump backup failed: {err}</translation>
    </message>
    <message>
      <source>搜索内容太长（{n} 字，最多 {limit} 字）。请输入案件编号、地址或姓名的一部分。</source>
      <translation>The search is too long ({n} characters, at most {limit}). Type part of a case number, an address or a name.</translation>
    </message>
    <message>
      <source>找不到案件</source>
      <translation>Case not found</translation>
    </message>
    <message>
      <source>目标数据库与当前数据库相同</source>
      <translation>The target database is the current database</translation>
    </message>
    <message>
      <source>无法连接目标数据库：{err}</source>
      <translation>The target database cannot be reached: {err}</translation>
    </message>
    <message>
      <source>校验失败：表 {t} 源 {a} 行，目标 {b} 行或内容不一致；目标数据库未作改动。</source>
      <translation>Check failed: table {t} has {a} rows in the source and {b} in the target, or their contents differ; the target database was not changed.</translation>
    </message>
    <message>
      <source>材料文件校验失败：{f}（{sha}）</source>
      <translation>Document file failed its check: {f} ({sha})</translation>
    </message>
    <message>
      <source>材料文件缺失：{f}（{sha}）</source>
      <translation>Document file missing: {f} ({sha})</translation>
    </message>
    <message>
      <source>目标数据库不是空的（表 {t} 中已有数据）。为免覆盖，未做任何改动；请提供一个新建的空数据库。</source>
      <translation>The target database is not empty (table {t} holds data). Nothing was changed, so as not to overwrite it; give a newly created, empty database.</translation>
    </message>
    <message>
      <source>时间：{held_at}
地点：{place}
调解员：{mediators}　记录人：{recorder}
参加人员：{attendees}

一、调解员告知双方权利义务（人民调解法第二十三条），双方确认自愿接受调解。
二、各方陈述：
  申请方：
  被申请方：
三、争议焦点：
四、调解方案与各方意见：
五、结果（达成协议 / 部分协议 / 未达成 / 休会）：
六、下次调解时间：
</source>
      <translation>Time: {held_at}
Place: {place}
Mediators: {mediators}   Recorder: {recorder}
Present: {attendees}

1. The mediator told both sides their rights and duties (People's Mediation Law art. 23); both sides confirm they accept mediation of their own free will.
2. Statements:
  Applicant:
  Respondent:
3. Points in dispute:
4. Proposed settlement and each side's view:
5. Result (agreed / partly agreed / no agreement / adjourned):
6. Next meeting:
</translation>
    </message>
    <message>
      <source>纠纷状态不能从“{a}”变为“{b}”</source>
      <translation>A dispute cannot go from "{a}" to "{b}"</translation>
    </message>
    <message>
      <source>{room} 室业主不同意加装电梯</source>
      <translation>The owner of flat {room} disagrees with adding the elevator</translation>
    </message>
    <message>
      <source>由 {room} 室不同意意见自动生成</source>
      <translation>Opened automatically from flat {room}'s disagreement</translation>
    </message>
    <message>
      <source>{room} 室共有人意见不一致</source>
      <translation>The co-owners of flat {room} disagree with each other</translation>
    </message>
    <message>
      <source>由 {room} 室共有人意见不一致自动生成</source>
      <translation>Opened automatically because the co-owners of flat {room} disagree</translation>
    </message>
    <message>
      <source>电梯占用 {room} 室专有部分，业主未同意</source>
      <translation>The elevator uses the exclusive part of flat {room}, and its owner has not agreed</translation>
    </message>
    <message>
      <source>由 {room} 室专有部分被占用且未同意自动生成</source>
      <translation>Opened automatically because the exclusive part of flat {room} is used without its owner's consent</translation>
    </message>
    <message>
      <source>{who} 对公示提出书面异议</source>
      <translation>{who} objected to the public notice in writing</translation>
    </message>
    <message>
      <source>由 {who} 的书面异议（{d}）自动生成</source>
      <translation>Opened automatically from {who}'s written objection ({d})</translation>
    </message>
    <message>
      <source>施工受阻（{d}）</source>
      <translation>Work obstructed ({d})</translation>
    </message>
    <message>
      <source>由 {d} 施工阻挠记录自动生成</source>
      <translation>Opened automatically from the obstruction recorded on {d}</translation>
    </message>
    <message>
      <source>阻挠人（待核实）</source>
      <translation>Obstructing person (to verify)</translation>
    </message>
    <message>
      <source>{name} 在多套房屋上意见不一致</source>
      <translation>{name} voted differently on several flats</translation>
    </message>
    <message>
      <source>由 {rooms} 室同一业主意见不一致自动生成</source>
      <translation>Opened automatically because one owner voted differently on flats {rooms}</translation>
    </message>
    <message>
      <source>当事人姓名</source>
      <translation>Party's name</translation>
    </message>
    <message>
      <source>当事人房号</source>
      <translation>Party's flat</translation>
    </message>
    <message>
      <source>当事人联系方式</source>
      <translation>Party's contact</translation>
    </message>
    <message>
      <source>找不到文件：{p}</source>
      <translation>File not found: {p}</translation>
    </message>
    <message>
      <source>文件过大（超过 200 MB）：{p}</source>
      <translation>The file is too large (over 200 MB): {p}</translation>
    </message>
    <message>
      <source>权限不足：此操作需要{roles}角色（当前：{role}）</source>
      <translation>Not permitted: this needs the role {roles} (current: {role})</translation>
    </message>
    <message>
      <source>受理登记</source>
      <translation>Intake</translation>
    </message>
    <message>
      <source>意见征询</source>
      <translation>Owners' consent</translation>
    </message>
    <message>
      <source>公示</source>
      <translation>Public notice</translation>
    </message>
    <message>
      <source>街道审核</source>
      <translation>Street review</translation>
    </message>
    <message>
      <source>规划审查</source>
      <translation>Planning review</translation>
    </message>
    <message>
      <source>施工许可</source>
      <translation>Permits</translation>
    </message>
    <message>
      <source>施工</source>
      <translation>Construction</translation>
    </message>
    <message>
      <source>竣工验收</source>
      <translation>Completion acceptance</translation>
    </message>
    <message>
      <source>补贴拨付</source>
      <translation>Subsidy payment</translation>
    </message>
    <message>
      <source>已完成</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>进行中</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>暂停</source>
      <translation>Suspended</translation>
    </message>
    <message>
      <source>已撤回</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <source>社区工作人员</source>
      <translation>Community clerk</translation>
    </message>
    <message>
      <source>调解员</source>
      <translation>Mediator</translation>
    </message>
    <message>
      <source>街道主管</source>
      <translation>Street supervisor</translation>
    </message>
    <message>
      <source>管理员</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>书面意见表</source>
      <translation>Written opinion form</translation>
    </message>
    <message>
      <source>委托代理人</source>
      <translation>Authorised agent</translation>
    </message>
    <message>
      <source>名册导入</source>
      <translation>Roster import</translation>
    </message>
    <message>
      <source>不动产登记簿</source>
      <translation>Real estate register</translation>
    </message>
    <message>
      <source>测绘</source>
      <translation>Survey</translation>
    </message>
    <message>
      <source>合同</source>
      <translation>Contract</translation>
    </message>
    <message>
      <source>通过</source>
      <translation>Passed</translation>
    </message>
    <message>
      <source>未通过</source>
      <translation>Not passed</translation>
    </message>
    <message>
      <source>待核实</source>
      <translation>To verify</translation>
    </message>
    <message>
      <source>受阻</source>
      <translation>Blocked</translation>
    </message>
    <message>
      <source>待调解</source>
      <translation>Awaiting mediation</translation>
    </message>
    <message>
      <source>调解中</source>
      <translation>In mediation</translation>
    </message>
    <message>
      <source>达成协议</source>
      <translation>Agreed</translation>
    </message>
    <message>
      <source>部分协议</source>
      <translation>Partly agreed</translation>
    </message>
    <message>
      <source>未达成</source>
      <translation>No agreement</translation>
    </message>
    <message>
      <source>已终止</source>
      <translation>Terminated</translation>
    </message>
    <message>
      <source>已履行</source>
      <translation>Performed</translation>
    </message>
    <message>
      <source>采光通风</source>
      <translation>Light and ventilation</translation>
    </message>
    <message>
      <source>噪声</source>
      <translation>Noise</translation>
    </message>
    <message>
      <source>隐私</source>
      <translation>Privacy</translation>
    </message>
    <message>
      <source>通行</source>
      <translation>Access</translation>
    </message>
    <message>
      <source>安全</source>
      <translation>Safety</translation>
    </message>
    <message>
      <source>房屋价值</source>
      <translation>Property value</translation>
    </message>
    <message>
      <source>费用分摊</source>
      <translation>Cost sharing</translation>
    </message>
    <message>
      <source>后加入</source>
      <translation>Late joining</translation>
    </message>
    <message>
      <source>补偿</source>
      <translation>Compensation</translation>
    </message>
    <message>
      <source>管线</source>
      <translation>Utilities</translation>
    </message>
    <message>
      <source>施工扰民</source>
      <translation>Construction nuisance</translation>
    </message>
    <message>
      <source>阻挠施工</source>
      <translation>Obstructing the work</translation>
    </message>
    <message>
      <source>程序异议</source>
      <translation>Procedure</translation>
    </message>
    <message>
      <source>相邻楼栋</source>
      <translation>Neighbouring building</translation>
    </message>
    <message>
      <source>运行维护费</source>
      <translation>Running costs</translation>
    </message>
    <message>
      <source>异议人</source>
      <translation>Objector</translation>
    </message>
    <message>
      <source>申请人</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <source>业主代表</source>
      <translation>Owner representative</translation>
    </message>
    <message>
      <source>相邻楼栋业主</source>
      <translation>Owner in a neighbouring building</translation>
    </message>
    <message>
      <source>施工/安装单位</source>
      <translation>Builder / installer</translation>
    </message>
    <message>
      <source>街道工作人员</source>
      <translation>Sub-district staff</translation>
    </message>
    <message>
      <source>设计单位</source>
      <translation>Designer</translation>
    </message>
    <message>
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>未处理</source>
      <translation>Not settled</translation>
    </message>
    <message>
      <source>已处理</source>
      <translation>Settled</translation>
    </message>
    <message>
      <source>未交</source>
      <translation>Missing</translation>
    </message>
    <message>
      <source>已交</source>
      <translation>Handed in</translation>
    </message>
    <message>
      <source>免交</source>
      <translation>Waived</translation>
    </message>
    <message>
      <source>申请</source>
      <translation>Application</translation>
    </message>
    <message>
      <source>审核</source>
      <translation>Review</translation>
    </message>
    <message>
      <source>批准</source>
      <translation>Approval</translation>
    </message>
    <message>
      <source>拨付</source>
      <translation>Payment</translation>
    </message>
    <message>
      <source>休会</source>
      <translation>Adjourned</translation>
    </message>
    <message>
      <source>{field}不能为空，请填写后再保存。</source>
      <translation>{field} cannot be empty; fill it in before saving.</translation>
    </message>
    <message>
      <source>{field}太长（{n} 字，最多 {limit} 字），请删减后再保存。</source>
      <translation>{field} is too long ({n} characters, at most {limit}); shorten it before saving.</translation>
    </message>
    <message>
      <source>{field} {day} 不合理：应在 {first} 至 {last} 之间，请检查年份。</source>
      <translation>{field} {day} is implausible: it should be between {first} and {last}; check the year.</translation>
    </message>
    <message>
      <source>{field}含有不可见的控制字符（U+{code:04X}），请重新输入这段文字。</source>
      <translation>{field} holds an invisible control character (U+{code:04X}); type this text again.</translation>
    </message>
    <message>
      <source>面积格式不正确：{v}（应为最多两位小数的平方米数）</source>
      <translation>The area is not written correctly: {v} (it should be square metres with at most two decimals)</translation>
    </message>
    <message>
      <source>金额格式不正确：{v}</source>
      <translation>The amount is not written correctly: {v}</translation>
    </message>
    <message>
      <source>案件编号</source>
      <translation>Case no.</translation>
    </message>
    <message>
      <source>区</source>
      <translation>District</translation>
    </message>
    <message>
      <source>街道</source>
      <translation>Sub-district</translation>
    </message>
    <message>
      <source>社区</source>
      <translation>Community</translation>
    </message>
    <message>
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>层数</source>
      <translation>Floors</translation>
    </message>
    <message>
      <source>户数</source>
      <translation>Flats</translation>
    </message>
    <message>
      <source>阶段</source>
      <translation>Stage</translation>
    </message>
    <message>
      <source>表决规则</source>
      <translation>Rule set</translation>
    </message>
    <message>
      <source>受理日期</source>
      <translation>Opened</translation>
    </message>
    <message>
      <source>进入本阶段</source>
      <translation>Entered the stage</translation>
    </message>
    <message>
      <source>阶段期限</source>
      <translation>Stage due</translation>
    </message>
    <message>
      <source>超期天数</source>
      <translation>Days overdue</translation>
    </message>
    <message>
      <source>案件列表</source>
      <translation>Case list</translation>
    </message>
    <message>
      <source>全部案件</source>
      <translation>All cases</translation>
    </message>
    <message>
      <source>案件</source>
      <translation>Case</translation>
    </message>
    <message>
      <source>房屋与业主</source>
      <translation>Flats and owners</translation>
    </message>
    <message>
      <source>表决</source>
      <translation>Votes</translation>
    </message>
    <message>
      <source>纠纷</source>
      <translation>Disputes</translation>
    </message>
    <message>
      <source>补贴</source>
      <translation>Subsidy</translation>
    </message>
    <message>
      <source>逾期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>表决需核实</source>
      <translation>Vote to verify</translation>
    </message>
    <message>
      <source>开工</source>
      <translation>Construction started</translation>
    </message>
    <message>
      <source>{f}（{d} 导出）</source>
      <translation>{f} (exported {d})</translation>
    </message>
    <message>
      <source>阶段：{s}</source>
      <translation>Stage: {s}</translation>
    </message>
    <message>
      <source>状态：{s}</source>
      <translation>Status: {s}</translation>
    </message>
    <message>
      <source>表决规则：{r}</source>
      <translation>Rule set: {r}</translation>
    </message>
    <message>
      <source>期限在 {a} 至 {b}</source>
      <translation>Due between {a} and {b}</translation>
    </message>
    <message>
      <source>搜索“{t}”</source>
      <translation>Search "{t}"</translation>
    </message>
    <message>
      <source>导出 Excel：{f}</source>
      <translation>Exported to Excel: {f}</translation>
    </message>
    <message>
      <source>{a} 至 {b}</source>
      <translation>{a} to {b}</translation>
    </message>
    <message>
      <source>{b} 以前</source>
      <translation>up to {b}</translation>
    </message>
    <message>
      <source>导出案件列表：{f}（{d}，{n} 件）</source>
      <translation>Case list exported: {f} ({d}, {n} cases)</translation>
    </message>
    <message>
      <source>打印案件列表：{d}（{n} 件）</source>
      <translation>Case list printed: {d} ({n} cases)</translation>
    </message>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <source>，</source>
      <translation>, </translation>
    </message>
    <message>
      <source>；</source>
      <translation>; </translation>
    </message>
    <message>
      <source>数据库完整性检查：{r}</source>
      <translation>Database integrity check: {r}</translation>
    </message>
    <message>
      <source>外键错误：表 {t} 第 {r} 行引用了不存在的 {p}</source>
      <translation>Foreign key error: table {t}, row {r} refers to a missing {p}</translation>
    </message>
    <message>
      <source>材料文件缺失：{f}（编号 {id}）</source>
      <translation>Document file missing: {f} (no. {id})</translation>
    </message>
    <message>
      <source>材料文件已被改动或损坏：{f}（编号 {id}）</source>
      <translation>Document file changed or damaged: {f} (no. {id})</translation>
    </message>
    <message>
      <source>金额不能为负数</source>
      <translation>An amount cannot be negative</translation>
    </message>
    <message>
      <source>没有分摊对象：所有住户的分摊系数都是 0</source>
      <translation>Nobody to share with: every flat's factor is 0</translation>
    </message>
    <message>
      <source>还没有已出资的住户，无法计算后加入费用</source>
      <translation>No flat has paid yet, so a late joiner's cost cannot be worked out</translation>
    </message>
    <message>
      <source>分摊表中有不存在的房号：{r}</source>
      <translation>The sharing table has flats that do not exist: {r}</translation>
    </message>
    <message>
      <source>《济南市既有住宅增设电梯财政补助资金实施细则》（2018）</source>
      <translation>Jinan rules on public subsidies for adding elevators to existing housing (2018)</translation>
    </message>
    <message>
      <source>济南市 2021 年起补助（按 2018 年标准暂定，待文件确认）</source>
      <translation>Jinan subsidy from 2021 (provisionally at the 2018 rates, awaiting the official text)</translation>
    </message>
    <message>
      <source>山东省 2017 年试点：造价 40%，每台最高 25 万元</source>
      <translation>Shandong 2017 pilot: 40% of the cost, at most ¥250,000 per elevator</translation>
    </message>
    <message>
      <source>层数不足 4 层</source>
      <translation>Fewer than 4 floors</translation>
    </message>
    <message>
      <source>原已有电梯</source>
      <translation>Already had an elevator</translation>
    </message>
    <message>
      <source>不是国有土地上的住宅</source>
      <translation>Not housing on state-owned land</translation>
    </message>
    <message>
      <source>位于征收计划范围内</source>
      <translation>Within an expropriation plan</translation>
    </message>
    <message>
      <source>须先登记工程总造价</source>
      <translation>Record the total project cost first</translation>
    </message>
    <message>
      <source>{d} 不在本政策适用区域</source>
      <translation>{d} is outside this policy's area</translation>
    </message>
    <message>
      <source>建成年份 {y} 晚于 {d}</source>
      <translation>Built in {y}, after {d}</translation>
    </message>
    <message>
      <source>须在 {d} 前取得审批</source>
      <translation>Approval needed before {d}</translation>
    </message>
    <message>
      <source>筛选：{f}　　共 {n} 件　　打印日期：{d}</source>
      <translation>Filter: {f}    {n} cases    Printed on {d}</translation>
    </message>
    <message>
      <source>表头</source>
      <translation>Header</translation>
    </message>
    <message>
      <source>房号不能为空</source>
      <translation>The flat number cannot be empty</translation>
    </message>
    <message>
      <source>业主姓名不能为空</source>
      <translation>The owner's name cannot be empty</translation>
    </message>
    <message>
      <source>有表决意见但未填签署日期</source>
      <translation>An opinion without a signing date</translation>
    </message>
    <message>
      <source>填了签署日期但没有表决意见，按未表决处理</source>
      <translation>A signing date without an opinion: counted as not voted</translation>
    </message>
    <message>
      <source>未填证件号码：无法识别一人多套，此行单独计为一人</source>
      <translation>No ID number: owners of several flats cannot be recognised, so this row counts as one person</translation>
    </message>
    <message>
      <source>勾选的意见与表决意见列不一致</source>
      <translation>The ticked opinion differs from the opinion column</translation>
    </message>
    <message>
      <source>名册没有数据行</source>
      <translation>The roster has no data rows</translation>
    </message>
    <message>
      <source>按开发建设单位未售房屋计（SPC 第九条：开发商未售房屋合计为一人）</source>
      <translation>Counted as the developer's unsold flats (SPC art. 9: the developer's unsold flats count as one person)</translation>
    </message>
    <message>
      <source>第 {row} 行</source>
      <translation>Row {row}</translation>
    </message>
    <message>
      <source>重复的列</source>
      <translation>Repeated column</translation>
    </message>
    <message>
      <source>面积中有逗号：{v}。小数点请用“.”（如 85.5），也不要用千位分隔符</source>
      <translation>The area has a comma: {v}. Use "." for decimals (e.g. 85.5) and no thousands separator</translation>
    </message>
    <message>
      <source>面积必须大于 0</source>
      <translation>The area must be more than 0</translation>
    </message>
    <message>
      <source>证件号码被 Excel 存成了数字（读到 {v}），超过 15 位的数字已被改动，无法还原：请在 Excel 中把这一列的单元格格式设为“文本”，再重新输入这些号码</source>
      <translation>Excel stored the ID number as a number (read {v}); digits beyond 15 were changed and cannot be restored. In Excel, format this column's cells as Text and type the numbers again</translation>
    </message>
    <message>
      <source>共有人 {n} 位，证件号码 {m} 个，无法一一对应：请每人一行，或按姓名顺序各填一个号码</source>
      <translation>{n} co-owners but {m} ID numbers, which cannot be paired: one row per person, or one number per name in the same order</translation>
    </message>
    <message>
      <source>共有人 {n} 位，联系电话 {m} 个，无法一一对应</source>
      <translation>{n} co-owners but {m} phone numbers, which cannot be paired</translation>
    </message>
    <message>
      <source>同一行勾选了多个意见（{v}）：每户只能有一个意见</source>
      <translation>Several opinions ticked in one row ({v}): one opinion per flat</translation>
    </message>
    <message>
      <source>未知的列，已忽略</source>
      <translation>Unknown column, ignored</translation>
    </message>
    <message>
      <source>合计行之后的 {n} 行不是名册内容，未读取</source>
      <translation>{n} rows after the total row are not part of the roster and were not read</translation>
    </message>
    <message>
      <source>楼层应为 1 到 {max} 的整数：{v}</source>
      <translation>The floor must be a whole number from 1 to {max}: {v}</translation>
    </message>
    <message>
      <source>楼层应为整数：{v}</source>
      <translation>The floor must be a whole number: {v}</translation>
    </message>
    <message>
      <source>表决意见应为 同意 / 不同意 / 弃权 或留空：{v}</source>
      <translation>The opinion must be 同意 / 不同意 / 弃权 or empty: {v}</translation>
    </message>
    <message>
      <source>日期格式应为 YYYY-MM-DD 或 YYYY/M/D：{v}</source>
      <translation>Dates must be YYYY-MM-DD or YYYY/M/D: {v}</translation>
    </message>
    <message>
      <source>占用专有部分应为 是 / 否：{v}</source>
      <translation>Exclusive part used must be 是 / 否: {v}</translation>
    </message>
    <message>
      <source>缺少必填列（也可用英文列名 {alias}）</source>
      <translation>A required column is missing (the English name {alias} also works)</translation>
    </message>
    <message>
      <source>合计面积 {a} ㎡ 与各户面积之和 {b} ㎡ 不一致，请核对</source>
      <translation>The total area {a} m² differs from the flats' sum {b} m²; please check</translation>
    </message>
    <message>
      <source>楼层 {f} 高于本单元层数 {n}</source>
      <translation>Floor {f} is above the unit's {n} floors</translation>
    </message>
    <message>
      <source>（空）</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <source>面积应为大于 0、最多两位小数的平方米数：{v}</source>
      <translation>The area must be square metres above 0 with at most two decimals: {v}</translation>
    </message>
    <message>
      <source>面积来源应为 不动产登记簿 / 测绘 / 合同：{v}</source>
      <translation>The area source must be 不动产登记簿 / 测绘 / 合同: {v}</translation>
    </message>
    <message>
      <source>签署日期晚于今天：{v}</source>
      <translation>Signed after today: {v}</translation>
    </message>
    <message>
      <source>统一社会信用代码校验位不正确，请核对：{v}</source>
      <translation>The unified social credit code's check digit is wrong; please check: {v}</translation>
    </message>
    <message>
      <source>证件号码不是 18 位身份证号或统一社会信用代码，请核对：{v}</source>
      <translation>The ID number is neither an 18-digit ID card number nor a unified social credit code; please check: {v}</translation>
    </message>
    <message>
      <source>应打“√”或留空：{v}</source>
      <translation>Tick "√" or leave empty: {v}</translation>
    </message>
    <message>
      <source>同一业主在 {room} 室重复出现</source>
      <translation>The same owner appears twice in flat {room}</translation>
    </message>
    <message>
      <source>内容过长（{n} 个字符）</source>
      <translation>Too long ({n} characters)</translation>
    </message>
    <message>
      <source>面积 {v} ㎡ 不像一套房屋的面积（应在 {lo} 到 {hi} ㎡ 之间），请核对</source>
      <translation>An area of {v} m² does not look like a flat's (it should be {lo} to {hi} m²); please check</translation>
    </message>
    <message>
      <source>身份证号校验位不正确，请核对：{v}</source>
      <translation>The ID card number's check digit is wrong; please check: {v}</translation>
    </message>
    <message>
      <source>与第 {r} 行同一房号 {room} 的楼层不一致（{a} / {b}）</source>
      <translation>Floor differs from row {r} for the same flat {room} ({a} / {b})</translation>
    </message>
    <message>
      <source>与第 {r} 行同一房号 {room} 的面积不一致（{a} / {b}）</source>
      <translation>Area differs from row {r} for the same flat {room} ({a} / {b})</translation>
    </message>
    <message>
      <source>证件号码与第 {r} 行相同但姓名不同（{a} / {b}），按同一人计</source>
      <translation>Same ID number as row {r} but a different name ({a} / {b}); counted as one person</translation>
    </message>
    <message>
      <source>名册行数过多（超过 {max} 行），一个单元的名册不应这么多</source>
      <translation>Too many rows (over {max}); one unit's roster cannot be that long</translation>
    </message>
    <message>
      <source>名册是空的：没有表头，也没有数据行</source>
      <translation>The roster is empty: no header and no data rows</translation>
    </message>
    <message>
      <source>无法识别文件编码：请另存为 UTF-8 或 GB18030（GBK）编码的 CSV</source>
      <translation>The file's encoding is not recognised: save it as CSV in UTF-8 or GB18030 (GBK)</translation>
    </message>
    <message>
      <source>找不到文件：{path}</source>
      <translation>File not found: {path}</translation>
    </message>
    <message>
      <source>文件过大（超过 20 MB），请检查是否选错了文件：{path}</source>
      <translation>The file is too large (over 20 MB); is it the right one? {path}</translation>
    </message>
    <message>
      <source>Excel 文件解压后过大，已拒绝读取</source>
      <translation>The Excel file is too large once unpacked; not read</translation>
    </message>
    <message>
      <source>工作表超过 {max} 行，不像一个单元的业主名册，已拒绝读取</source>
      <translation>The sheet has over {max} rows, too many for one unit's roster; not read</translation>
    </message>
    <message>
      <source>CSV 文件格式错误（第 {n} 行附近）：{err}</source>
      <translation>The CSV file is malformed (near line {n}): {err}</translation>
    </message>
    <message>
      <source>无法读取 Excel 文件（{err}）：请确认文件未损坏，且是 .xlsx 格式</source>
      <translation>The Excel file cannot be read ({err}): check that it is not damaged and is .xlsx</translation>
    </message>
    <message>
      <source>无法读取 .xls 文件（{err}）：可在 Excel 中另存为 .xlsx 后再导入</source>
      <translation>The .xls file cannot be read ({err}): save it as .xlsx in Excel and import that</translation>
    </message>
    <message>
      <source>名册取自工作表“{title}”</source>
      <translation>Roster read from the sheet "{title}"</translation>
    </message>
    <message>
      <source>不支持的文件类型 {ext}：请使用 .xlsx、.xls 或 .csv</source>
      <translation>File type {ext} is not supported: use .xlsx, .xls or .csv</translation>
    </message>
    <message>
      <source>（无扩展名）</source>
      <translation>(no extension)</translation>
    </message>
    <message>
      <source>从此行起连续 {n} 行空白，其后的内容没有读取</source>
      <translation>{n} blank rows from here; what follows was not read</translation>
    </message>
    <message>
      <source>填表说明</source>
      <translation>How to fill in this form</translation>
    </message>
    <message>
      <source>1. 每位业主一行；同一套房屋有多位共有人时，每人一行，房号、楼层、面积相同。</source>
      <translation>1. One row per owner; when a flat has several co-owners, one row each, with the same flat number, floor and area.</translation>
    </message>
    <message>
      <source>2. 房号只填号码，如 301；楼层填整数；专有部分面积填平方米数，最多两位小数，小数点用“.”。</source>
      <translation>2. The flat number is just the number, e.g. 301; the floor is a whole number; the exclusive area is in square metres with at most two decimals, using "." as the decimal point.</translation>
    </message>
    <message>
      <source>3. 证件号码一列已设为文本格式：请直接输入 18 位身份证号或统一社会信用代码，不要改成数字格式。</source>
      <translation>3. The ID number column is formatted as text: type the 18-digit ID card number or unified social credit code as it is, and do not change the column to a number format.</translation>
    </message>
    <message>
      <source>4. 表决意见从下拉框选择：同意 / 不同意 / 弃权；未表决留空。</source>
      <translation>4. Choose the opinion from the drop-down: 同意 (agree) / 不同意 (disagree) / 弃权 (abstain); leave it empty if the owner has not voted.</translation>
    </message>
    <message>
      <source>5. 签署日期写成 2026-03-02；不同意时请填写意见理由。</source>
      <translation>5. Write the signing date as 2026-03-02; give the reason when the owner disagrees.</translation>
    </message>
    <message>
      <source>6. 占用专有部分：电梯占用该户专有部分时选“是”。</source>
      <translation>6. Exclusive part used: choose "是" (yes) when the elevator uses part of this flat.</translation>
    </message>
    <message>
      <source>7. 请不要合并单元格、插入合计行或修改表头。</source>
      <translation>7. Do not merge cells, insert total rows or change the header.</translation>
    </message>
    <message>
      <source>业主名册</source>
      <translation>Owner roster</translation>
    </message>
    <message>
      <source>请从下拉框中选择</source>
      <translation>Choose from the drop-down</translation>
    </message>
    <message>
      <source>{address} 业主名册</source>
      <translation>Owner roster of {address}</translation>
    </message>
    <message>
      <source>找不到文件</source>
      <translation>File not found</translation>
    </message>
    <message>
      <source>无法读取该文件（不是 PDF 或图片，或文件已损坏）</source>
      <translation>Cannot read this file (not a PDF or an image, or damaged)</translation>
    </message>
    <message>
      <source>类型应为“放假”或“调休上班”</source>
      <translation>The type must be Holiday or Adjusted working day</translation>
    </message>
    <message>
      <source>日期范围无效（最多 31 天）</source>
      <translation>Invalid date range (at most 31 days)</translation>
    </message>
    <message>
      <source>改派须填写理由</source>
      <translation>Reassigning needs a reason</translation>
    </message>
    <message>
      <source>不能停用自己正在使用的账户</source>
      <translation>You cannot disable the account you are using</translation>
    </message>
    <message>
      <source>至少要保留一个管理员账户</source>
      <translation>At least one administrator account must remain</translation>
    </message>
    <message>
      <source>年份应在 2017 到 2100 之间</source>
      <translation>The year must be between 2017 and 2100</translation>
    </message>
    <message>
      <source>目标数不能为负数</source>
      <translation>A target cannot be negative</translation>
    </message>
    <message>
      <source>没有这个用户：{name}</source>
      <translation>No such user: {name}</translation>
    </message>
    <message>
      <source>没有这个区：{name}</source>
      <translation>No such district: {name}</translation>
    </message>
    <message>
      <source>{year} 年目标 {place}：开工 {a}，验收 {b}</source>
      <translation>{year} targets for {place}: {a} starts, {b} acceptances</translation>
    </message>
    <message>
      <source>{name} 不能承办此项工作（角色：{role}）</source>
      <translation>{name} cannot take this work (role: {role})</translation>
    </message>
    <message>
      <source>重设 {name} 的密码</source>
      <translation>Password of {name} reset</translation>
    </message>
    <message>
      <source>没有这个社区：{name}</source>
      <translation>No such community: {name}</translation>
    </message>
    <message>
      <source>没有这个街道：{name}</source>
      <translation>No such sub-district: {name}</translation>
    </message>
    <message>
      <source>节假日：{a} 至 {b} {k} {n}</source>
      <translation>Holidays: {a} to {b} {k} {n}</translation>
    </message>
    <message>
      <source>{d} 不是本办事处添加的日期（内置日历不能删除）</source>
      <translation>{d} was not added by this office (the built-in calendar cannot be deleted)</translation>
    </message>
    <message>
      <source>删除节假日设置：{d}</source>
      <translation>Holiday deleted: {d}</translation>
    </message>
    <message>
      <source>找不到纠纷：{no}</source>
      <translation>Dispute not found: {no}</translation>
    </message>
    <message>
      <source>纠纷 {no} 改派调解员 {name}：{reason}</source>
      <translation>Dispute {no} reassigned to mediator {name}: {reason}</translation>
    </message>
    <message>
      <source>修改账户 {name}</source>
      <translation>Account {name} changed</translation>
    </message>
    <message>
      <source>放假</source>
      <translation>Holiday</translation>
    </message>
    <message>
      <source>调休上班</source>
      <translation>Adjusted working day</translation>
    </message>
    <message>
      <source>改派经办人为 {name}：{reason}</source>
      <translation>Clerk changed to {name}: {reason}</translation>
    </message>
    <message>
      <source>楼层数</source>
      <translation>Number of floors</translation>
    </message>
    <message>
      <source>已有电梯</source>
      <translation>Already has an elevator</translation>
    </message>
    <message>
      <source>国有土地</source>
      <translation>State-owned land</translation>
    </message>
    <message>
      <source>列入征收计划</source>
      <translation>In an expropriation plan</translation>
    </message>
    <message>
      <source>实施主体</source>
      <translation>Implementing party</translation>
    </message>
    <message>
      <source>权属证明</source>
      <translation>Proof of ownership</translation>
    </message>
    <message>
      <source>备注</source>
      <translation>Remarks</translation>
    </message>
    <message>
      <source>案件 {no} 已被 {who} 于 {at} 修改（{what}）。您看到的是旧版本，未保存任何内容；请重新打开后再改。</source>
      <translation>Case {no} was changed by {who} at {at} ({what}). You were looking at an older version and nothing was saved; open it again and redo the change.</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>楼号</source>
      <translation>Building</translation>
    </message>
    <message>
      <source>单元</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>案件 {no} 已被他人修改，请重新打开后再保存</source>
      <translation>Case {no} was changed by someone else; open it again before saving</translation>
    </message>
    <message>
      <source>找不到案件：{case_no}</source>
      <translation>Case not found: {case_no}</translation>
    </message>
    <message>
      <source>该案件不在您的负责范围内：{case_no}</source>
      <translation>This case is not among yours: {case_no}</translation>
    </message>
    <message>
      <source>不能修改这些字段：{f}</source>
      <translation>These fields cannot be changed: {f}</translation>
    </message>
    <message>
      <source>楼层数应在 1 到 {max} 之间</source>
      <translation>The number of floors must be between 1 and {max}</translation>
    </message>
    <message>
      <source>楼层数应在 1 到 {max} 之间：{floors}</source>
      <translation>The number of floors must be between 1 and {max}: {floors}</translation>
    </message>
    <message>
      <source>该单元已有案件：{case_no}（{b}号楼{u}单元），不能重复登记</source>
      <translation>This unit already has a case: {case_no} (building {b}, unit {u}); it cannot be registered twice</translation>
    </message>
    <message>
      <source>该社区不在您的负责范围内：{c}</source>
      <translation>This community is not among yours: {c}</translation>
    </message>
    <message>
      <source>登记案件 {no}</source>
      <translation>Case {no} registered</translation>
    </message>
    <message>
      <source>{field}不能为空</source>
      <translation>{field} cannot be empty</translation>
    </message>
    <message>
      <source>修改案件信息：{f}</source>
      <translation>Case details changed: {f}</translation>
    </message>
    <message>
      <source>签署日期</source>
      <translation>Signed on</translation>
    </message>
    <message>
      <source>本次统计指定</source>
      <translation>Chosen for this tally</translation>
    </message>
    <message>
      <source>签署日期不能晚于今天</source>
      <translation>The signing date cannot be after today</translation>
    </message>
    <message>
      <source>委托代理人签署须填写代理人姓名</source>
      <translation>A form signed by an agent needs the agent's name</translation>
    </message>
    <message>
      <source>案件指定</source>
      <translation>Set for the case</translation>
    </message>
    <message>
      <source>{room} 室的业主中没有 {owner}</source>
      <translation>{owner} is not an owner of flat {room}</translation>
    </message>
    <message>
      <source>本案件没有 {room} 室</source>
      <translation>This case has no flat {room}</translation>
    </message>
    <message>
      <source>{room} 室没有登记业主，请先导入名册或登记业主</source>
      <translation>Flat {room} has no owner recorded; import the roster or record the owner first</translation>
    </message>
    <message>
      <source>{room} 室的业主中没有这位业主</source>
      <translation>This person is not an owner of flat {room}</translation>
    </message>
    <message>
      <source>找不到表决统计记录 {id}</source>
      <translation>Tally record {id} not found</translation>
    </message>
    <message>
      <source>{room} 室有多位共有人（{names}），请指明是哪一位</source>
      <translation>Flat {room} has several co-owners ({names}); say which one</translation>
    </message>
    <message>
      <source>{room} 室 {name}：{vote}</source>
      <translation>Flat {room}, {name}: {vote}</translation>
    </message>
    <message>
      <source>{room} 室 {name} 没有有效的表决意见</source>
      <translation>Flat {room}, {name} has no valid opinion</translation>
    </message>
    <message>
      <source>{room} 室 {name} 撤回表决意见</source>
      <translation>Flat {room}, {name}: opinion withdrawn</translation>
    </message>
    <message>
      <source>表决规则：{a} → {b}（{why}）</source>
      <translation>Rule set: {a} → {b} ({why})</translation>
    </message>
    <message>
      <source>保存表决统计：{r}（{rule}，截止 {d}）</source>
      <translation>Tally saved: {r} ({rule}, up to {d})</translation>
    </message>
    <message>
      <source>自动</source>
      <translation>Automatic</translation>
    </message>
    <message>
      <source>按专有部分面积（民法典第二百八十三条）</source>
      <translation>By exclusive area (Civil Code art. 283)</translation>
    </message>
    <message>
      <source>按楼层系数 × 面积</source>
      <translation>By floor factor × area</translation>
    </message>
    <message>
      <source>出资户平均</source>
      <translation>Equal among paying flats</translation>
    </message>
    <message>
      <source>业主约定比例</source>
      <translation>Ratios agreed by the owners</translation>
    </message>
    <message>
      <source>分摊总额必须大于 0</source>
      <translation>The total to share must be more than 0</translation>
    </message>
    <message>
      <source>使用金额必须大于 0</source>
      <translation>The amount used must be more than 0</translation>
    </message>
    <message>
      <source>案件还没有房屋，请先导入业主名册</source>
      <translation>The case has no flats yet: import the owner roster first</translation>
    </message>
    <message>
      <source>使用维修资金须先有按《民法典》共同决定规则（维修资金使用）通过的表决</source>
      <translation>Using the maintenance fund needs a vote passed under the Civil Code's joint-decision rule first</translation>
    </message>
    <message>
      <source>分摊方式应为 {m}</source>
      <translation>The sharing method must be {m}</translation>
    </message>
    <message>
      <source>补偿金额不能为负数：{r}</source>
      <translation>Compensation cannot be negative: {r}</translation>
    </message>
    <message>
      <source>补偿对象房号不存在：{r}</source>
      <translation>No such flat to compensate: {r}</translation>
    </message>
    <message>
      <source>找不到本案件的表决统计记录 {id}</source>
      <translation>This case has no tally record {id}</translation>
    </message>
    <message>
      <source>使用维修资金 ¥{a}</source>
      <translation>Maintenance fund used: ¥{a}</translation>
    </message>
    <message>
      <source>费用分摊表：{m}，总额 ¥{t}</source>
      <translation>Cost-sharing table: {m}, total ¥{t}</translation>
    </message>
    <message>
      <source>本月</source>
      <translation>This month</translation>
    </message>
    <message>
      <source>本年</source>
      <translation>This year</translation>
    </message>
    <message>
      <source>累计</source>
      <translation>In all</translation>
    </message>
    <message>
      <source>当前超期</source>
      <translation>Overdue now</translation>
    </message>
    <message>
      <source>开工（{p}）</source>
      <translation>Construction started ({p})</translation>
    </message>
    <message>
      <source>竣工验收（{p}）</source>
      <translation>Completion accepted ({p})</translation>
    </message>
    <message>
      <source>补贴拨付（{p}）</source>
      <translation>Subsidy paid ({p})</translation>
    </message>
    <message>
      <source>该纠纷不在您的负责范围内：{no}</source>
      <translation>This dispute is not among yours: {no}</translation>
    </message>
    <message>
      <source>只有施工阶段才能登记施工受阻</source>
      <translation>An obstruction can only be recorded during construction</translation>
    </message>
    <message>
      <source>施工受阻：{d}</source>
      <translation>Work obstructed: {d}</translation>
    </message>
    <message>
      <source>调解笔录仅调解员和街道主管可以查看</source>
      <translation>Only mediators and street supervisors may see mediation records</translation>
    </message>
    <message>
      <source>找不到这次调解记录</source>
      <translation>This mediation record was not found</translation>
    </message>
    <message>
      <source>纠纷标题</source>
      <translation>Dispute subject</translation>
    </message>
    <message>
      <source>纠纷情况</source>
      <translation>Dispute description</translation>
    </message>
    <message>
      <source>立案日期</source>
      <translation>Opened on</translation>
    </message>
    <message>
      <source>调解地点</source>
      <translation>Place of mediation</translation>
    </message>
    <message>
      <source>记录人</source>
      <translation>Recorder</translation>
    </message>
    <message>
      <source>调解笔录</source>
      <translation>Mediation record</translation>
    </message>
    <message>
      <source>各方意见</source>
      <translation>Each side's view</translation>
    </message>
    <message>
      <source>调解方案</source>
      <translation>Proposed settlement</translation>
    </message>
    <message>
      <source>调解时间</source>
      <translation>Time of mediation</translation>
    </message>
    <message>
      <source>纠纷标题不能为空</source>
      <translation>The dispute's subject cannot be empty</translation>
    </message>
    <message>
      <source>至少登记一方当事人</source>
      <translation>Record at least one party</translation>
    </message>
    <message>
      <source>延长调解期限须填写天数和双方同意的情况</source>
      <translation>Extending the limit needs the days and how both sides agreed</translation>
    </message>
    <message>
      <source>调解笔录仅调解员和街道主管可以填写</source>
      <translation>Only mediators and street supervisors may write mediation records</translation>
    </message>
    <message>
      <source>下次调解日期</source>
      <translation>Next meeting date</translation>
    </message>
    <message>
      <source>协议内容</source>
      <translation>Terms of the agreement</translation>
    </message>
    <message>
      <source>当事人</source>
      <translation>Parties</translation>
    </message>
    <message>
      <source>纠纷事实</source>
      <translation>Facts of the dispute</translation>
    </message>
    <message>
      <source>争议事项</source>
      <translation>Matters in dispute</translation>
    </message>
    <message>
      <source>履行方式</source>
      <translation>Manner of performance</translation>
    </message>
    <message>
      <source>履行期限不能早于签订日期</source>
      <translation>The performance deadline cannot be before the signing date</translation>
    </message>
    <message>
      <source>街道人民调解委员会</source>
      <translation>Sub-district people's mediation committee</translation>
    </message>
    <message>
      <source>终止调解须写明原因及后续途径（如诉讼）</source>
      <translation>Ending mediation needs the reason and the next step (e.g. a lawsuit)</translation>
    </message>
    <message>
      <source>纠纷已结束，不能延长调解期限</source>
      <translation>The dispute is closed; its time limit cannot be extended</translation>
    </message>
    <message>
      <source>纠纷 {no}：{t}</source>
      <translation>Dispute {no}: {t}</translation>
    </message>
    <message>
      <source>首次调解</source>
      <translation>First meeting</translation>
    </message>
    <message>
      <source>尚未达成协议，不能登记为已履行</source>
      <translation>There is no agreement yet, so it cannot be marked performed</translation>
    </message>
    <message>
      <source>{no}：{a} → {b}</source>
      <translation>{no}: {a} → {b}</translation>
    </message>
    <message>
      <source>调解期限延长 {n} 天：{r}</source>
      <translation>Mediation limit extended by {n} days: {r}</translation>
    </message>
    <message>
      <source>{no} 调解记录第 {v} 版</source>
      <translation>{no} mediation record, version {v}</translation>
    </message>
    <message>
      <source>调解协议书缺少：{x}</source>
      <translation>The agreement lacks: {x}</translation>
    </message>
    <message>
      <source>签订调解协议 {no}</source>
      <translation>Mediation agreement {no} signed</translation>
    </message>
    <message>
      <source>回访：{f}</source>
      <translation>Follow-up: {f}</translation>
    </message>
    <message>
      <source>（调解记录仅调解员和主管可阅，本案卷未收录）</source>
      <translation>(Mediation records are for mediators and supervisors only; not included in this case file)</translation>
    </message>
    <message>
      <source>文件缺失</source>
      <translation>File missing</translation>
    </message>
    <message>
      <source>工作日</source>
      <translation>working days</translation>
    </message>
    <message>
      <source>自然日</source>
      <translation>calendar days</translation>
    </message>
    <message>
      <source>一致</source>
      <translation>Matches</translation>
    </message>
    <message>
      <source>不一致</source>
      <translation>Does not match</translation>
    </message>
    <message>
      <source>签字意见征询表（{room} 室）</source>
      <translation>Signed ballot (flat {room})</translation>
    </message>
    <message>
      <source>公示记录（公示期与张贴照片）</source>
      <translation>Public notice record (notice period and posting photos)</translation>
    </message>
    <message>
      <source>异议及答复</source>
      <translation>Objections and replies</translation>
    </message>
    <message>
      <source>纠纷、调解会议与调解协议</source>
      <translation>Disputes, mediation meetings and mediation agreements</translation>
    </message>
    <message>
      <source>操作日志摘录</source>
      <translation>Extract of the case log</translation>
    </message>
    <message>
      <source>附件清单（SHA-256）</source>
      <translation>List of attachments (SHA-256)</translation>
    </message>
    <message>
      <source>联系电话完整显示（已记录查看）</source>
      <translation>Phone numbers shown in full (the viewing is logged)</translation>
    </message>
    <message>
      <source>证件号码、联系电话已部分遮蔽</source>
      <translation>ID numbers and phone numbers partly masked</translation>
    </message>
    <message>
      <source>附件</source>
      <translation>Attachment</translation>
    </message>
    <message>
      <source>{d} 日（{u}）</source>
      <translation>{d} days ({u})</translation>
    </message>
    <message>
      <source>尚未公示，也未收到异议</source>
      <translation>No public notice posted and no objection received yet</translation>
    </message>
    <message>
      <source>打印案卷（{n} 页）</source>
      <translation>Case file printed ({n} pages)</translation>
    </message>
    <message>
      <source>此类文件无法附入 PDF，见附件清单</source>
      <translation>This kind of file cannot be put into the PDF; see the list of attachments</translation>
    </message>
    <message>
      <source>案件尚未进入“{s}”阶段</source>
      <translation>The case has not reached the stage "{s}" yet</translation>
    </message>
    <message>
      <source>图片无法读取，见附件清单</source>
      <translation>The picture cannot be read; see the list of attachments</translation>
    </message>
    <message>
      <source>PDF 文件无法读取，见附件清单</source>
      <translation>The PDF file cannot be read; see the list of attachments</translation>
    </message>
    <message>
      <source>期限：{d}</source>
      <translation>Due: {d}</translation>
    </message>
    <message>
      <source>业主意见征询表</source>
      <translation>Owners' consultation form</translation>
    </message>
    <message>
      <source>表决结果统计表</source>
      <translation>Tally of the vote</translation>
    </message>
    <message>
      <source>异议登记及处理表</source>
      <translation>Objections and how they were settled</translation>
    </message>
    <message>
      <source>街道审核申报表及真实性承诺</source>
      <translation>Street review application and declaration</translation>
    </message>
    <message>
      <source>调解协议书</source>
      <translation>Mediation agreement</translation>
    </message>
    <message>
      <source>费用分摊表</source>
      <translation>Cost-sharing table</translation>
    </message>
    <message>
      <source>补贴申请表</source>
      <translation>Subsidy application</translation>
    </message>
    <message>
      <source>竣工验收记录</source>
      <translation>Completion acceptance record</translation>
    </message>
    <message>
      <source>增设电梯初步方案及实施方案（含设计图纸）</source>
      <translation>Outline and implementation plan (with drawings)</translation>
    </message>
    <message>
      <source>业主表决结果统计表</source>
      <translation>Tally of the owners' vote</translation>
    </message>
    <message>
      <source>费用分摊方案</source>
      <translation>Cost-sharing plan</translation>
    </message>
    <message>
      <source>系统（命令行）</source>
      <translation>System (command line)</translation>
    </message>
    <message>
      <source>尚未登记公示，请先在“公示与异议”中登记张贴日期和地点</source>
      <translation>No notice recorded: first record its posting date and places under Public notice and objections</translation>
    </message>
    <message>
      <source>低层业主补偿方案</source>
      <translation>Compensation plan for lower floors</translation>
    </message>
    <message>
      <source>尚未保存费用分摊表，请先在“费用与补贴”中计算并保存</source>
      <translation>No cost-sharing table saved: first calculate and save it under Costs and subsidy</translation>
    </message>
    <message>
      <source>案件尚未通过竣工验收，不能打印补贴申请表</source>
      <translation>The case has not passed completion acceptance: no subsidy application yet</translation>
    </message>
    <message>
      <source>打印表单时尚无保存的表决统计，自动保存</source>
      <translation>No saved tally when the form was printed; saved automatically</translation>
    </message>
    <message>
      <source>没有这种表单：{k}（可选：{all}）</source>
      <translation>No such form: {k} (choose from: {all})</translation>
    </message>
    <message>
      <source>调解笔录仅调解员和街道主管可以查看和打印</source>
      <translation>Only mediators and street supervisors may see and print mediation records</translation>
    </message>
    <message>
      <source>尚未公示</source>
      <translation>No notice posted yet</translation>
    </message>
    <message>
      <source>该案件没有纠纷记录：{n}</source>
      <translation>The case has no dispute {n}</translation>
    </message>
    <message>
      <source>纠纷 {no} 尚未登记调解协议</source>
      <translation>Dispute {no} has no agreement recorded yet</translation>
    </message>
    <message>
      <source>打印{name}</source>
      <translation>Print: {name}</translation>
    </message>
    <message>
      <source>该案件没有第 {id} 号表决统计记录</source>
      <translation>The case has no tally record {id}</translation>
    </message>
    <message>
      <source>共 {n} 条，未处理 {m} 条</source>
      <translation>{n} in all, {m} not settled</translation>
    </message>
    <message>
      <source>办事处名称</source>
      <translation>Office name</translation>
    </message>
    <message>
      <source>印章文字</source>
      <translation>Seal text</translation>
    </message>
    <message>
      <source>案件编号格式</source>
      <translation>Case number pattern</translation>
    </message>
    <message>
      <source>纠纷编号格式</source>
      <translation>Dispute number pattern</translation>
    </message>
    <message>
      <source>公示期</source>
      <translation>Notice period</translation>
    </message>
    <message>
      <source>调解期限</source>
      <translation>Mediation limit</translation>
    </message>
    <message>
      <source>阶段时限</source>
      <translation>Stage time limits</translation>
    </message>
    <message>
      <source>备份文件夹</source>
      <translation>Backup folder</translation>
    </message>
    <message>
      <source>办事处名称不能为空</source>
      <translation>The office name cannot be empty</translation>
    </message>
    <message>
      <source>编号格式必须包含序号 {{serial}}：{p}</source>
      <translation>A number pattern must contain the serial number {{serial}}: {p}</translation>
    </message>
    <message>
      <source>阶段时限应写作“阶段=天数”，如“街道审核=15, 规划审查=30”（阶段：{all}）：{p}</source>
      <translation>Write stage time limits as "stage=days", e.g. "街道审核=15, 规划审查=30" (stages: {all}): {p}</translation>
    </message>
    <message>
      <source>不能修改的设置：{k}</source>
      <translation>Settings that cannot be changed: {k}</translation>
    </message>
    <message>
      <source>编号格式无效（可用 {{district}} {{street}} {{year}} {{serial:04d}}）：{p}</source>
      <translation>Invalid number pattern (you can use {{district}} {{street}} {{year}} {{serial:04d}}): {p}</translation>
    </message>
    <message>
      <source>{k}应为 1 到 365 的天数：{v}</source>
      <translation>{k} must be 1 to 365 days: {v}</translation>
    </message>
    <message>
      <source>修改办公室设置：{keys}</source>
      <translation>Office settings changed: {keys}</translation>
    </message>
    <message>
      <source>{what}名称不能为空</source>
      <translation>The {what} name cannot be empty</translation>
    </message>
    <message>
      <source>{what}名称不能超过 {n} 个字：{name}</source>
      <translation>The {what} name cannot be longer than {n} characters: {name}</translation>
    </message>
    <message>
      <source>{d}没有这个街道：{name}</source>
      <translation>{d} has no sub-district {name}</translation>
    </message>
    <message>
      <source>{s}没有这个社区：{name}</source>
      <translation>{s} has no community {name}</translation>
    </message>
    <message>
      <source>重命名 {a} → {b}</source>
      <translation>Renamed {a} → {b}</translation>
    </message>
    <message>
      <source>已有这个区：{name}</source>
      <translation>This district exists already: {name}</translation>
    </message>
    <message>
      <source>添加区 {name}</source>
      <translation>District {name} added</translation>
    </message>
    <message>
      <source>{d}已有这个街道：{name}</source>
      <translation>{d} has this sub-district already: {name}</translation>
    </message>
    <message>
      <source>添加街道 {d}{name}</source>
      <translation>Sub-district added: {d} {name}</translation>
    </message>
    <message>
      <source>{s}已有这个社区：{name}</source>
      <translation>{s} has this community already: {name}</translation>
    </message>
    <message>
      <source>添加社区 {s}{name}</source>
      <translation>Community added: {s} {name}</translation>
    </message>
    <message>
      <source>已有这个街道：{name}</source>
      <translation>This sub-district exists already: {name}</translation>
    </message>
    <message>
      <source>已有这个社区：{name}</source>
      <translation>This community exists already: {name}</translation>
    </message>
    <message>
      <source>附件“{name}”不在材料文件夹中：{path}</source>
      <translation>The attachment "{name}" is not in the documents folder: {path}</translation>
    </message>
    <message>
      <source>找不到附件 {id}</source>
      <translation>Attachment {id} not found</translation>
    </message>
    <message>
      <source>全市</source>
      <translation>Whole city</translation>
    </message>
    <message>
      <source>开工（台）</source>
      <translation>Construction started (elevators)</translation>
    </message>
    <message>
      <source>竣工验收（台）</source>
      <translation>Completion accepted (elevators)</translation>
    </message>
    <message>
      <source>月份格式应为 YYYY-MM：{m}</source>
      <translation>A month is written YYYY-MM: {m}</translation>
    </message>
    <message>
      <source>打印月度报表 {m}（{scope}）</source>
      <translation>Monthly report {m} printed ({scope})</translation>
    </message>
    <message>
      <source>没有这个街道：{s}</source>
      <translation>No such sub-district: {s}</translation>
    </message>
    <message>
      <source>没有这个区：{d}</source>
      <translation>No such district: {d}</translation>
    </message>
    <message>
      <source>名册有 {n} 处错误，未导入任何数据</source>
      <translation>The roster has {n} errors; nothing was imported</translation>
    </message>
    <message>
      <source>导入业主名册 {file}：{rows} 行</source>
      <translation>Owner roster {file}: {rows} rows</translation>
    </message>
    <message>
      <source>名册更新 {room} 室</source>
      <translation>Flat {room} updated from the roster</translation>
    </message>
    <message>
      <source>无法写入文件 {path}：{err}</source>
      <translation>The file {path} cannot be written: {err}</translation>
    </message>
    <message>
      <source>名册中没有 {room} 室，保留原有记录</source>
      <translation>The roster has no flat {room}; its records are kept</translation>
    </message>
    <message>
      <source>扫描录入已取消，未记录任何内容</source>
      <translation>Scan intake cancelled: nothing was recorded</translation>
    </message>
    <message>
      <source>请选择要录入的扫描文件</source>
      <translation>Choose the scanned files to read</translation>
    </message>
    <message>
      <source>其他案件（{case}）的意见征询表</source>
      <translation>A ballot of another case ({case})</translation>
    </message>
    <message>
      <source>本案件名册中没有 {room} 室</source>
      <translation>Flat {room} is not in this case's roster</translation>
    </message>
    <message>
      <source>名册变更前打印的意见征询表（名册第 {v} 版，现为第 {now} 版），请重新打印后签署</source>
      <translation>Printed before the roster changed (roster version {v}, now {now}): print it again to be signed</translation>
    </message>
    <message>
      <source>扫描录入意见征询表：{pages} 页，匹配 {matched} 户，未识别 {unmatched} 页，非本案件或已过期 {foreign} 页，重复 {dup} 页</source>
      <translation>Scanned ballots: {pages} pages, {matched} flats matched, {unmatched} pages without a readable code, {foreign} pages of another case or outdated, {dup} pages repeated</translation>
    </message>
    <message>
      <source>打印未交回意见征询表清单：{n} 户</source>
      <translation>Printed the list of ballots not returned: {n} flats</translation>
    </message>
    <message>
      <source>未找到可读的二维码（空白页、非本系统打印，或二维码污损）</source>
      <translation>No readable QR code (a blank page, a page not printed by CaseDesk, or a damaged code)</translation>
    </message>
    <message>
      <source>二维码不是本系统打印的意见征询表</source>
      <translation>The QR code is not that of a ballot printed by CaseDesk</translation>
    </message>
    <message>
      <source>请填写办事处名称</source>
      <translation>Please enter the office's name</translation>
    </message>
    <message>
      <source>两次输入的密码不一致</source>
      <translation>The two passwords differ</translation>
    </message>
    <message>
      <source>已有账户，无需再次初始化</source>
      <translation>Accounts exist already; there is no need to set up again</translation>
    </message>
    <message>
      <source>补贴金额必须大于 0</source>
      <translation>The subsidy must be more than 0</translation>
    </message>
    <message>
      <source>须填写拨付凭证号</source>
      <translation>The payment voucher number is required</translation>
    </message>
    <message>
      <source>补贴环节应为 {steps}</source>
      <translation>The subsidy step must be {steps}</translation>
    </message>
    <message>
      <source>案件尚未通过竣工验收（当前阶段：{stage}），不能登记补贴拨付</source>
      <translation>The case has not passed completion acceptance (stage: {stage}); no subsidy payment can be recorded</translation>
    </message>
    <message>
      <source>凭证号 {v} 已登记过，同一笔拨付不能重复登记</source>
      <translation>Voucher {v} is already recorded; a payment cannot be recorded twice</translation>
    </message>
    <message>
      <source>补贴拨付 ¥{amount}（凭证 {v}）</source>
      <translation>Subsidy paid ¥{amount} (voucher {v})</translation>
    </message>
    <message>
      <source>补贴：{step}</source>
      <translation>Subsidy: {step}</translation>
    </message>
    <message>
      <source>用户名或密码不正确</source>
      <translation>Wrong user name or password</translation>
    </message>
    <message>
      <source>用户名不能为空</source>
      <translation>The user name cannot be empty</translation>
    </message>
    <message>
      <source>密码至少 8 位</source>
      <translation>The password needs at least 8 characters</translation>
    </message>
    <message>
      <source>请输入用户名</source>
      <translation>Please enter the user name</translation>
    </message>
    <message>
      <source>内置的系统账户没有密码</source>
      <translation>The built-in system account has no password</translation>
    </message>
    <message>
      <source>新密码不能与当前密码相同</source>
      <translation>The new password must differ from the current one</translation>
    </message>
    <message>
      <source>当前密码不正确</source>
      <translation>The current password is wrong</translation>
    </message>
    <message>
      <source>用户名已存在：{name}</source>
      <translation>This user name exists already: {name}</translation>
    </message>
    <message>
      <source>创建账户 {name}（{role}）</source>
      <translation>Account {name} created ({role})</translation>
    </message>
    <message>
      <source>连续 {n} 次登录失败，此用户名已暂时锁定。请 {m} 分钟后再试，或请管理员重设密码。</source>
      <translation>{n} failed log-ins in a row: this user name is locked for now. Try again in {m} minutes, or ask the administrator to reset the password.</translation>
    </message>
    <message>
      <source>用户名或密码不正确。此用户名已暂时锁定 {m} 分钟；忘记密码请联系管理员重设。</source>
      <translation>Wrong user name or password. This user name is locked for {m} minutes; if you forgot the password, ask the administrator to reset it.</translation>
    </message>
    <message>
      <source>用户名或密码不正确。再错 {n} 次，此用户名将暂时锁定 {m} 分钟。</source>
      <translation>Wrong user name or password. {n} more wrong tries will lock this user name for {m} minutes.</translation>
    </message>
    <message>
      <source>新密码至少 {n} 位</source>
      <translation>The new password needs at least {n} characters</translation>
    </message>
    <message>
      <source>登录失败：{name}（{why}）</source>
      <translation>Log-in failed: {name} ({why})</translation>
    </message>
    <message>
      <source>{name} 修改了自己的密码</source>
      <translation>{name} changed their own password</translation>
    </message>
    <message>
      <source>账户锁定期间尝试登录：{name}</source>
      <translation>Log-in tried while locked: {name}</translation>
    </message>
    <message>
      <source>密码不正确</source>
      <translation>Wrong password</translation>
    </message>
    <message>
      <source>没有这个可用的账户</source>
      <translation>No such active account</translation>
    </message>
    <message>
      <source>{n} 次失败后登录成功：{name}</source>
      <translation>Logged in after {n} failed tries: {name}</translation>
    </message>
    <message>
      <source>恢复</source>
      <translation>Resume</translation>
    </message>
    <message>
      <source>撤回</source>
      <translation>Withdraw</translation>
    </message>
    <message>
      <source>重新开启</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>须填写原因</source>
      <translation>A reason is required</translation>
    </message>
    <message>
      <source>业主代表不得超过 5 人</source>
      <translation>At most 5 owner representatives</translation>
    </message>
    <message>
      <source>免交材料须填写理由</source>
      <translation>Waiving a document needs a reason</translation>
    </message>
    <message>
      <source>未配置材料存放文件夹</source>
      <translation>No folder is set up for documents</translation>
    </message>
    <message>
      <source>异议人和异议内容不能为空</source>
      <translation>The objector and the objection cannot be empty</translation>
    </message>
    <message>
      <source>须填写异议处理答复</source>
      <translation>The reply to the objection is required</translation>
    </message>
    <message>
      <source>案件已完成</source>
      <translation>The case is complete</translation>
    </message>
    <message>
      <source>登记受理条件与业主代表</source>
      <translation>Admission conditions and owner representatives recorded</translation>
    </message>
    <message>
      <source>该异议已处理</source>
      <translation>This objection has been settled</translation>
    </message>
    <message>
      <source>{stage}（期限 {due}）</source>
      <translation>{stage} (due {due})</translation>
    </message>
    <message>
      <source>{case} 不能进入“{to}”：{why}</source>
      <translation>{case} cannot move on to "{to}": {why}</translation>
    </message>
    <message>
      <source>没有这个并行手续：{k}（可选：{all}）</source>
      <translation>No such parallel procedure: {k} (choose from: {all})</translation>
    </message>
    <message>
      <source>编号 {n}</source>
      <translation>No. {n}</translation>
    </message>
    <message>
      <source>公示张贴日期 {d} 晚于今天（{t}）：请在张贴后再登记</source>
      <translation>The posting date {d} is after today ({t}): record it once posted</translation>
    </message>
    <message>
      <source>公示张贴日期 {d} 早于案件登记日期 {o}</source>
      <translation>The posting date {d} is before the case was registered ({o})</translation>
    </message>
    <message>
      <source>公示张贴日期 {d} 早于所公示的表决（{v}）：表决结果出来后才能公示</source>
      <translation>The posting date {d} is before the vote it announces ({v}): the notice comes after the result</translation>
    </message>
    <message>
      <source>材料齐备：{t}</source>
      <translation>Document handed in: {t}</translation>
    </message>
    <message>
      <source>{first} 等 {n} 项</source>
      <translation>{first} and others ({n} in all)</translation>
    </message>
    <message>
      <source>已暂停</source>
      <translation>Suspended</translation>
    </message>
    <message>
      <source>案件处于“{s}”状态，不能推进</source>
      <translation>The case is "{s}" and cannot advance</translation>
    </message>
    <message>
      <source>只能从“{a}”推进到下一阶段“{b}”，不能跳到“{c}”</source>
      <translation>From "{a}" the case can only advance to "{b}", not jump to "{c}"</translation>
    </message>
    <message>
      <source>日期 {d} 早于进入本阶段的日期 {e}</source>
      <translation>The date {d} is before the case entered this stage ({e})</translation>
    </message>
    <message>
      <source>案件当前为“{s}”，不能执行此操作</source>
      <translation>The case is "{s}"; this cannot be done now</translation>
    </message>
    <message>
      <source>{k}：{r}</source>
      <translation>{k}: {r}</translation>
    </message>
    <message>
      <source>并行手续：{k}</source>
      <translation>Parallel procedure: {k}</translation>
    </message>
    <message>
      <source>“{s}”阶段没有材料 {c}（可选：{codes}）</source>
      <translation>Stage "{s}" has no document {c} (choose from: {codes})</translation>
    </message>
    <message>
      <source>“{s}”阶段没有材料 {c}</source>
      <translation>Stage "{s}" has no document {c}</translation>
    </message>
    <message>
      <source>主管免交材料：{t}（{r}）</source>
      <translation>Waived by a supervisor: {t} ({r})</translation>
    </message>
    <message>
      <source>公示：{a} 张贴，至 {b} 止</source>
      <translation>Notice: posted {a}, runs until {b}</translation>
    </message>
    <message>
      <source>登记异议：{who}</source>
      <translation>Objection recorded: {who}</translation>
    </message>
    <message>
      <source>找不到异议 {id}</source>
      <translation>Objection {id} not found</translation>
    </message>
    <message>
      <source>处理日期 {d} 早于收到异议的日期 {r}</source>
      <translation>The settling date {d} is before the objection was received ({r})</translation>
    </message>
    <message>
      <source>异议已处理：{r}</source>
      <translation>Objection settled: {r}</translation>
    </message>
    <message>
      <source>纠纷 {d} 未解决（阻断）</source>
      <translation>Dispute {d} is not resolved (it blocks the case)</translation>
    </message>
    <message>
      <source>最近保存的表决统计为“{o}”，核实后请重新统计</source>
      <translation>The last saved tally is "{o}"; count again once checked</translation>
    </message>
    <message>
      <source>{a} → {b}</source>
      <translation>{a} → {b}</translation>
    </message>
    <message>
      <source>已暂停：{r}</source>
      <translation>Suspended: {r}</translation>
    </message>
    <message>
      <source>超期 {n} 天：{hold}</source>
      <translation>{n} days overdue: {hold}</translation>
    </message>
    <message>
      <source>待街道审核，已等 {n} 天：{hold}</source>
      <translation>Awaiting street review for {n} days: {hold}</translation>
    </message>
    <message>
      <source>今天到期：{hold}</source>
      <translation>Due today: {hold}</translation>
    </message>
    <message>
      <source>{n} 天后到期：{hold}</source>
      <translation>Due in {n} days: {hold}</translation>
    </message>
    <message>
      <source>电梯使用登记</source>
      <translation>Elevator use registration</translation>
    </message>
    <message>
      <source>特种设备安全法第三十三条：投入使用前或者投入使用后三十日内</source>
      <translation>Special Equipment Safety Law art. 33: before use, or within thirty days of it</translation>
    </message>
    <message>
      <source>安装技术资料移交使用单位</source>
      <translation>Installation records handed to the user</translation>
    </message>
    <message>
      <source>特种设备安全法第二十四条：验收后三十日内</source>
      <translation>Special Equipment Safety Law art. 24: within thirty days of acceptance</translation>
    </message>
    <message>
      <source>表决统计结果为“{r}”：{s}</source>
      <translation>The tally says "{r}": {s}</translation>
    </message>
    <message>
      <source>补贴尚未拨付（须登记金额、日期和凭证号）</source>
      <translation>Subsidy not paid yet (record the amount, date and voucher number)</translation>
    </message>
    <message>
      <source>该单元已有电梯</source>
      <translation>The unit already has an elevator</translation>
    </message>
    <message>
      <source>未确认为国有土地上的住宅</source>
      <translation>Not confirmed as housing on state-owned land</translation>
    </message>
    <message>
      <source>未确认不在征收或城市更新计划内</source>
      <translation>Not confirmed to be outside expropriation and urban renewal plans</translation>
    </message>
    <message>
      <source>未登记业主代表或实施主体</source>
      <translation>No owner representatives or implementing party recorded</translation>
    </message>
    <message>
      <source>尚无表决统计</source>
      <translation>No tally yet</translation>
    </message>
    <message>
      <source>层数不足 4 层（{n} 层），不符合增设电梯条件</source>
      <translation>Fewer than 4 floors ({n}): an elevator cannot be added</translation>
    </message>
    <message>
      <source>业主代表不得超过 5 人（现 {n} 人）</source>
      <translation>At most 5 owner representatives ({n} now)</translation>
    </message>
    <message>
      <source>尚有 {n} 条异议未处理</source>
      <translation>{n} objections not settled yet</translation>
    </message>
    <message>
      <source>缺少材料：{t}</source>
      <translation>Missing document: {t}</translation>
    </message>
    <message>
      <source>公示期未满，截止 {d}</source>
      <translation>The notice period is not over; it ends {d}</translation>
    </message>
    <message>
      <source>元旦</source>
      <translation>New Year's Day</translation>
    </message>
    <message>
      <source>春节</source>
      <translation>Spring Festival</translation>
    </message>
    <message>
      <source>春节（延长）</source>
      <translation>Spring Festival (extended)</translation>
    </message>
    <message>
      <source>清明节</source>
      <translation>Qingming Festival</translation>
    </message>
    <message>
      <source>劳动节</source>
      <translation>Labour Day</translation>
    </message>
    <message>
      <source>端午节</source>
      <translation>Dragon Boat Festival</translation>
    </message>
    <message>
      <source>中秋节</source>
      <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
      <source>国庆节</source>
      <translation>National Day</translation>
    </message>
    <message>
      <source>国庆节、中秋节</source>
      <translation>National Day and Mid-Autumn Festival</translation>
    </message>
    <message>
      <source>中秋节、国庆节</source>
      <translation>Mid-Autumn Festival and National Day</translation>
    </message>
    <message>
      <source>方案设计</source>
      <translation>Design</translation>
    </message>
    <message>
      <source>管线踏勘</source>
      <translation>Utility survey</translation>
    </message>
    <message>
      <source>规划预审</source>
      <translation>Planning pre-review</translation>
    </message>
    <message>
      <source>增设电梯申请书</source>
      <translation>Application to add an elevator</translation>
    </message>
    <message>
      <source>房屋权属证明（不动产权证或竣工规划核实）</source>
      <translation>Proof of ownership (title certificate or planning completion check)</translation>
    </message>
    <message>
      <source>业主代表推选书或实施主体委托书</source>
      <translation>Election of owner representatives or mandate of the implementing party</translation>
    </message>
    <message>
      <source>业主意见征询表（每户）</source>
      <translation>Owners' consultation forms (one per flat)</translation>
    </message>
    <message>
      <source>初步方案与实施方案</source>
      <translation>Outline and implementation plan</translation>
    </message>
    <message>
      <source>增设电梯协议书</source>
      <translation>Elevator agreement</translation>
    </message>
    <message>
      <source>授权委托书（代签时）</source>
      <translation>Power of attorney (when signed by an agent)</translation>
    </message>
    <message>
      <source>公示内容（方案与表决结果）</source>
      <translation>Notice text (plan and vote result)</translation>
    </message>
    <message>
      <source>公示现场照片</source>
      <translation>On-site photo of the notice</translation>
    </message>
    <message>
      <source>街道审核申报表</source>
      <translation>Street review application</translation>
    </message>
    <message>
      <source>申报材料真实性承诺书</source>
      <translation>Declaration that the documents are true</translation>
    </message>
    <message>
      <source>规划设计方案</source>
      <translation>Planning design</translation>
    </message>
    <message>
      <source>规划审查意见</source>
      <translation>Planning review opinion</translation>
    </message>
    <message>
      <source>施工图审查合格书</source>
      <translation>Construction drawing approval</translation>
    </message>
    <message>
      <source>施工许可证</source>
      <translation>Construction permit</translation>
    </message>
    <message>
      <source>消防设计备案</source>
      <translation>Fire design filing</translation>
    </message>
    <message>
      <source>特种设备安装告知书</source>
      <translation>Special equipment installation notice</translation>
    </message>
    <message>
      <source>管线踏勘记录</source>
      <translation>Utility survey record</translation>
    </message>
    <message>
      <source>施工完成报告</source>
      <translation>Construction completion report</translation>
    </message>
    <message>
      <source>电梯监督检验报告</source>
      <translation>Elevator inspection report</translation>
    </message>
    <message>
      <source>电梯使用登记证</source>
      <translation>Elevator use registration certificate</translation>
    </message>
    <message>
      <source>小区公告栏、本单元楼道口</source>
      <translation>Compound notice board, the unit's entrance</translation>
    </message>
    <message>
      <source>社区居委会</source>
      <translation>Community residents' committee</translation>
    </message>
    <message>
      <source>经社区协调，双方达成一致</source>
      <translation>The community mediated and both sides agreed</translation>
    </message>
    <message>
      <source>存在未解决的业主纠纷</source>
      <translation>An owners' dispute is unresolved</translation>
    </message>
    <message>
      <source>业主意见无法统一，申请撤回</source>
      <translation>The owners could not agree; withdrawal requested</translation>
    </message>
    <message>
      <source>单元数应在 1 到 {max} 之间</source>
      <translation>The number of units must be between 1 and {max}</translation>
    </message>
    <message>
      <source>生成演示数据：{n} 个单元（种子 {seed}）</source>
      <translation>Demo data made: {n} units (seed {seed})</translation>
    </message>
    <message>
      <source>双方就加装电梯事项发生争议</source>
      <translation>The parties disagree about adding the elevator</translation>
    </message>
    <message>
      <source>一次性履行</source>
      <translation>Performed at once</translation>
    </message>
    <message>
      <source>协议履行回访</source>
      <translation>Follow-up visit on the agreement's performance</translation>
    </message>
    <message>
      <source>协议已履行，双方无异议</source>
      <translation>The agreement has been performed; neither party objects</translation>
    </message>
    <message>
      <source>{a}室业主；{b}室业主</source>
      <translation>Owner of flat {a}; owner of flat {b}</translation>
    </message>
    <message>
      <source>第 {n} 次调解。</source>
      <translation>Mediation meeting no. {n}.</translation>
    </message>
  </context>
</TS>