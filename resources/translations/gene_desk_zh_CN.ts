<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gene_desk/ui/about_dialog.py" line="25" />
        <source>About Gene Desk</source>
        <translation>关于基因数据协作平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/about_dialog.py" line="39" />
        <source>Desktop client of the Duoyungu gene data collaboration platform: move sequencing data in and out of Tencent COS, compressed with zstd.</source>
        <translation>朵云谷基因数据协作平台桌面客户端：在腾讯云对象存储（COS）中上传、下载测序数据，传输时使用 zstd 压缩。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/about_dialog.py" line="51" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/about_dialog.py" line="57" />
        <source>Logged in as {account} ({company})</source>
        <translation>当前账号：{account}（{company}）</translation>
    </message>
</context>
<context>
    <name>AccountColumns</name>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="234" />
        <source>Month</source>
        <translation>消费时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="235" />
        <location filename="../../gene_desk/account/catalogue.py" line="475" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="161" />
        <source>Cloud platform</source>
        <translation>云平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="236" />
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="237" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="85" />
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="238" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="69" />
        <source>Amount (CNY)</source>
        <translation>金额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="239" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="83" />
        <source>Order no.</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="240" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="84" />
        <source>Ordered at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="241" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="93" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="242" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="72" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="96" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="35" />
        <source>Payer</source>
        <translation>付款单位</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="37" />
        <source>Payment account no.</source>
        <translation>付款账号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="39" />
        <source>Bank</source>
        <translation>开户行</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="43" />
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="62" />
        <source>Invoiceable amount (CNY)</source>
        <translation>可开发票金额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="74" />
        <source>Taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="75" />
        <source>Recipient</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="76" />
        <source>Mailing address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="77" />
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="78" />
        <source>Invoice remark</source>
        <translation>发票备注</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="86" />
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="90" />
        <source>Purchase duration (months)</source>
        <translation>购买时长(月)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="94" />
        <source>Unit price (CNY)</source>
        <translation>单价(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="95" />
        <source>Paid (CNY)</source>
        <translation>实付(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="107" />
        <source>Refundable this month (CNY)</source>
        <translation>本月可退余额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="113" />
        <source>Account balance (CNY)</source>
        <translation>账户余额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="119" />
        <source>Invoiced recharges (CNY)</source>
        <translation>充值开票金额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="125" />
        <source>Invoiced and allocated (CNY)</source>
        <translation>已开票拨付金额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="131" />
        <source>Refund limit (CNY)</source>
        <translation>退费上限(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="135" />
        <source>Refund payee</source>
        <translation>退费单位</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="138" />
        <source>Refund account</source>
        <translation>退费账号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="140" />
        <source>Bank information</source>
        <translation>银行信息</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="149" />
        <source>Bill month</source>
        <translation>账单月份</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="153" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="165" />
        <source>Last month's spend (CNY)</source>
        <translation>上月消费(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="157" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="168" />
        <source>Balance (CNY)</source>
        <translation>余额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="243" />
        <source>Product information</source>
        <translation>产品信息</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="244" />
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="245" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="97" />
        <source>Ordered by</source>
        <translation>下单人</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="246" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="51" />
        <source>Recharge no.</source>
        <translation>充值编号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="247" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="55" />
        <source>Recharge amount (CNY)</source>
        <translation>充值金额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="248" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="58" />
        <source>Recharged at</source>
        <translation>充值时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="249" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="59" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="73" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="99" />
        <source>Completed at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="250" />
        <source>Invoice status</source>
        <translation>开票状态</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="251" />
        <source>Operator</source>
        <translation>操作用户</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="252" />
        <source>Allocation no.</source>
        <translation>拨付编号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="253" />
        <source>Allocated at</source>
        <translation>拨付时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="254" />
        <source>Allocated to</source>
        <translation>拨付到</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="255" />
        <source>Method</source>
        <translation>拨付方式</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="256" />
        <source>Allocated (CNY)</source>
        <translation>拨付金额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="257" />
        <source>Received (CNY)</source>
        <translation>实际到账金额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="258" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="170" />
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="259" />
        <source>Coupon no.</source>
        <translation>云券编号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="260" />
        <source>Coupon value (CNY)</source>
        <translation>额度(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="261" />
        <source>Usage</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="262" />
        <source>Issued at</source>
        <translation>发放时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="263" />
        <source>Expires at</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="264" />
        <source>Used at</source>
        <translation>使用时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="265" />
        <source>Platform</source>
        <translation>适用平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="266" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="67" />
        <source>Invoice no.</source>
        <translation>发票编号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="267" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="68" />
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="268" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="70" />
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="269" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="71" />
        <source>Invoice type</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="270" />
        <source>Refund no.</source>
        <translation>退费编号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="271" />
        <source>Refund amount (CNY)</source>
        <translation>退费金额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="273" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="274" />
        <location filename="../../gene_desk/account/catalogue_details.py" line="98" />
        <source>Ticket no.</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="275" />
        <source>Ticket type</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="276" />
        <source>Description</source>
        <translation>工单描述</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="277" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="278" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="279" />
        <source>Category</source>
        <translation>消息类别</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="280" />
        <source>Received at</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="281" />
        <source>Read</source>
        <translation>阅读状态</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="282" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="283" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="284" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="285" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="286" />
        <source>Account type</source>
        <translation>账号类型</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="287" />
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="288" />
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="289" />
        <source>Last login</source>
        <translation>最后登录时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="290" />
        <source>Role name</source>
        <translation>角色名称</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="291" />
        <source>Role description</source>
        <translation>角色描述</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="407" />
        <source>Shared by</source>
        <translation>分享人</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="409" />
        <source>Bucket</source>
        <translation>存储桶</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="413" />
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="418" />
        <source>Shared at</source>
        <translation>分享时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="477" />
        <source>Compute (CNY)</source>
        <translation>计算(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="478" />
        <source>Storage (CNY)</source>
        <translation>存储(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="479" />
        <source>Network (CNY)</source>
        <translation>网络(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="480" />
        <source>Security (CNY)</source>
        <translation>安全(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="481" />
        <source>Other (CNY)</source>
        <translation>其他(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="483" />
        <source>Total (CNY)</source>
        <translation>消费金额合计(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="272" />
        <source>Refund requested at</source>
        <translation>退费时间</translation>
    </message>
</context>
<context>
    <name>AccountEnums</name>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="49" />
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="50" />
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="51" />
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="52" />
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="53" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="57" />
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="58" />
        <location filename="../../gene_desk/account/enums.py" line="83" />
        <location filename="../../gene_desk/account/enums.py" line="111" />
        <location filename="../../gene_desk/account/enums.py" line="116" />
        <location filename="../../gene_desk/account/enums.py" line="142" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="59" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="65" />
        <source>Not invoiced</source>
        <translation>未开票</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="66" />
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="70" />
        <source>Not invoiceable</source>
        <translation>不可开票</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="77" />
        <source>From balance</source>
        <translation>余额拨付</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="78" />
        <source>With coupons</source>
        <translation>云券拨付</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="82" />
        <location filename="../../gene_desk/account/enums.py" line="91" />
        <source>Allocating</source>
        <translation>拨付中</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="89" />
        <source>Unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="90" />
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="92" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="96" />
        <source>Recharge invoice</source>
        <translation>充值发票</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="100" />
        <source>Prepaid recharge invoice</source>
        <translation>预开充值发票</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="105" />
        <source>Consumption invoice</source>
        <translation>消费发票</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="110" />
        <location filename="../../gene_desk/account/enums.py" line="115" />
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="125" />
        <source>Open public cloud</source>
        <translation>开通公有云</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="127" />
        <source>Recharge</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="128" />
        <source>Allocation</source>
        <translation>拨付</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="129" />
        <source>Refund</source>
        <translation>退费</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="130" />
        <source>Invoicing</source>
        <translation>开票</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="131" />
        <source>Withdrawal</source>
        <translation>提现</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="135" />
        <source>Open security configuration</source>
        <translation>开通安全配置</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="140" />
        <source>To do</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="141" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="148" />
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="149" />
        <source>To-do tickets</source>
        <translation>待办工单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="153" />
        <source>Tickets in progress</source>
        <translation>进行中工单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="155" />
        <source>Completed tickets</source>
        <translation>已完成工单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="159" />
        <source>Bill messages</source>
        <translation>账单消息</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="160" />
        <source>Ticket messages</source>
        <translation>工单消息</translation>
    </message>
</context>
<context>
    <name>AccountValues</name>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="223" />
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="224" />
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="227" />
        <source>Main account</source>
        <translation>主账号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="228" />
        <source>Sub-account</source>
        <translation>子账号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="29" />
        <source>Default account</source>
        <translation>默认账号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="143" />
        <source>Refunds are once a month, and this month already has one.</source>
        <translation>退费每月只能退一次，您本月已退过费</translation>
    </message>
</context>
<context>
    <name>AccountWindow</name>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="84" />
        <source>Account center - Gene Desk</source>
        <translation>账户中心 - 基因数据协作平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="94" />
        <source>Console</source>
        <translation>运营控制台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="94" />
        <source>Account overview</source>
        <translation>账户概览</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="96" />
        <source>Billing center</source>
        <translation>费用中心</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="98" />
        <source>Bill overview</source>
        <translation>账单概览</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="99" />
        <source>Consumption details</source>
        <translation>消费明细</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="100" />
        <source>My orders</source>
        <translation>我的订单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="101" />
        <source>Recharge records</source>
        <translation>充值记录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="102" />
        <source>Last month's bill summary</source>
        <translation>上月账单汇总</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="103" />
        <source>Allocation records</source>
        <translation>拨付记录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="104" />
        <source>Coupons</source>
        <translation>云券管理</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="105" />
        <source>Invoicing</source>
        <translation>发票操作</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="106" />
        <source>Invoice records</source>
        <translation>发票记录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="107" />
        <source>Refunds</source>
        <translation>退费操作</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="108" />
        <source>Refund records</source>
        <translation>退费记录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="109" />
        <source>Bank accounts</source>
        <translation>银行账号管理</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="113" />
        <source>Tickets and messages</source>
        <translation>工单与消息</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="114" />
        <source>Tickets</source>
        <translation>运营工单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="114" />
        <source>Message center</source>
        <translation>消息中心</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="117" />
        <source>User management</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="118" />
        <source>User list</source>
        <translation>用户列表</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="118" />
        <source>Role descriptions</source>
        <translation>角色说明</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="120" />
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="120" />
        <source>Share records</source>
        <translation>分享记录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="145" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="160" />
        <source>{name} ({account})</source>
        <translation>{name}（{account}）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="242" />
        <source>{page} ({n})</source>
        <translation>{page}（{n}）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="89" />
        <source>Account pages</source>
        <translation>账户中心导航</translation>
    </message>
</context>
<context>
    <name>AllocationsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="216" />
        <source>Allocation records</source>
        <translation>拨付记录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="220" />
        <source>All platforms</source>
        <translation>全部云平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="221" />
        <source>All methods</source>
        <translation>全部拨付方式</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="223" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="226" />
        <source>Allocated to:</source>
        <translation>拨付到云平台：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="228" />
        <source>Method:</source>
        <translation>拨付方式：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="230" />
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="73" />
        <source>Restore...</source>
        <translation>恢复...</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="76" />
        <source>Change storage class...</source>
        <translation>修改存储类型...</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="104" />
        <source>Storage class:</source>
        <translation>存储类型：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="118" />
        <source>Select archive or deep archive files to restore.</source>
        <translation>请选择要恢复的归档存储或深度归档存储文件。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="143" />
        <source>{n} file(s) could not be restored.</source>
        <translation>{n} 个文件无法恢复。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="147" />
        <source>Restore started for {n} file(s).</source>
        <translation>已发起 {n} 个文件的恢复。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="149" />
        <source>{n} file(s) were being restored already.</source>
        <translation>{n} 个文件已在恢复中。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="159" />
        <source>Select the files whose storage class to change.</source>
        <translation>请选择要修改存储类型的文件。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="190" />
        <source>The storage class of {n} file(s) could not be changed.</source>
        <translation>{n} 个文件的存储类型修改失败。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="239" />
        <source>The file is archived</source>
        <translation>文件已归档</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="240" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>BillOverviewPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="102" />
        <source>Account balance (CNY)</source>
        <translation>账户余额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="103" />
        <source>Consumption</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="107" />
        <source>Recharged this month (CNY)</source>
        <translation>本月充值(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="108" />
        <source>Recharge records</source>
        <translation>充值记录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="112" />
        <source>Allocated this month (CNY)</source>
        <translation>本月拨付金额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="113" />
        <source>Allocation records</source>
        <translation>拨付记录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="117" />
        <source>Coupons (pieces)</source>
        <translation>云券数量(张)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="118" />
        <source>Manage coupons</source>
        <translation>云券管理</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="129" />
        <source>Note: the consumption overview is updated with a delay.</source>
        <translation>注：消费总览数据为延时数据</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="132" />
        <source>Month:</source>
        <translation>账单月份：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="139" />
        <source>Cloud platform</source>
        <translation>云平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="139" />
        <source>Consumption overview</source>
        <translation>消费概览</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="142" />
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="142" />
        <source>Product overview</source>
        <translation>产品概览</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="154" />
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="212" />
        <source>Bill overview</source>
        <translation>账单概览</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="166" />
        <source>Note: last month's details can be queried from the 10th.</source>
        <translation>说明：每月10日可查询上月消费明细账单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="171" />
        <source>Last month's bill summary and balance</source>
        <translation>上月账单汇总及余额</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="175" />
        <source>Last month's bill summary</source>
        <translation>上月账单汇总</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="252" />
        <source>{month}: spent {spent} CNY, balance {balance} CNY</source>
        <translation>{month} 上月消费 {spent} 元，余额 {balance} 元</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="265" />
        <source>Total of {month}</source>
        <translation>{month}消费总计</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="267" />
        <source>Consumption overview of {month}</source>
        <translation>{month}消费概览</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="273" />
        <source>Product overview of {month}</source>
        <translation>{month}产品概览</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="279" />
        <source>Total of {month}: ¥{amount}</source>
        <translation>{month} 消费总计：¥{amount}</translation>
    </message>
</context>
<context>
    <name>BillTableModel</name>
    <message>
        <location filename="../../gene_desk/ui/account/models.py" line="255" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <location filename="../../gene_desk/ui/account/breakdown_chart.py" line="148" />
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>BucketTreeModel</name>
    <message>
        <location filename="../../gene_desk/ui/bucket_model.py" line="269" />
        <source>Bucket / folder</source>
        <translation>存储桶 / 文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/bucket_model.py" line="269" />
        <source>Region</source>
        <translation>地域</translation>
    </message>
</context>
<context>
    <name>ChangeClassDialog</name>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="99" />
        <source>Change storage class</source>
        <translation>修改存储类型</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="103" />
        <source>Change the storage class of {count} file(s). Each file is copied onto itself with the new class. Archive and deep archive files must be restored first.</source>
        <translation>修改 {count} 个文件的存储类型：每个文件以新的存储类型复制到原位置。归档存储和深度归档存储的文件需先恢复。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="111" />
        <source>Storage class:</source>
        <translation>存储类型：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="115" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="115" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CloudTiles</name>
    <message>
        <location filename="../../gene_desk/ui/account/cloud_tiles.py" line="35" />
        <source>Cloud operations</source>
        <translation>云操作</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/cloud_tiles.py" line="37" />
        <source>Cloud platforms opened in Duoyungu</source>
        <translation>朵云谷已开通云平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/cloud_tiles.py" line="39" />
        <source>These cloud resources need to be opened first</source>
        <translation>以下云资源，需要您申请开通</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/cloud_tiles.py" line="43" />
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/cloud_tiles.py" line="70" />
        <source>Opened</source>
        <translation>已开通</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/cloud_tiles.py" line="70" />
        <source>Not opened</source>
        <translation>未开通</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/cloud_tiles.py" line="80" />
        <source>{platform}: {state}</source>
        <translation>{platform}：{state}</translation>
    </message>
</context>
<context>
    <name>CodecDialog</name>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="238" />
        <source>Compress files</source>
        <translation>压缩文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="238" />
        <source>Decompress files</source>
        <translation>解压文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="240" />
        <source>Start compressing</source>
        <translation>开始压缩</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="240" />
        <source>Start decompressing</source>
        <translation>开始解压</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="243" />
        <source>Files become NAME.zst and folders NAME.tar.zst in the output folder (zstd).</source>
        <translation>文件压缩为“名称.zst”，文件夹压缩为“名称.tar.zst”（zstd 格式），保存到压缩路径。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="253" />
        <source>Browse...</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="258" />
        <source>Compress to:</source>
        <translation>压缩路径：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="258" />
        <source>Extract to:</source>
        <translation>解压路径：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="268" />
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="246" />
        <source>Supported: .zst, .tar.zst, .gz, .tar.gz, .bz2, .xz, .tar and .zip. Archives are checked for unsafe paths before anything is written. A folder: every compressed file in it, into a folder of the same name.</source>
        <translation>支持 .zst、.tar.zst、.gz、.tar.gz、.bz2、.xz、.tar 和 .zip。解压前会检查压缩包中是否有不安全的路径。选择文件夹时，解压其中的每个压缩文件，放入同名文件夹。</translation>
    </message>
</context>
<context>
    <name>ConsumptionPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="77" />
        <source>Consumption details</source>
        <translation>消费明细</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="82" />
        <location filename="../../gene_desk/ui/account/lists.py" line="84" />
        <source>Any month</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="86" />
        <source>All platforms</source>
        <translation>全部云平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="87" />
        <source>All categories</source>
        <translation>全部产品类别</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="90" />
        <source>Month:</source>
        <translation>消费时间：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="92" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="96" />
        <source>Cloud platform:</source>
        <translation>云平台：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="98" />
        <source>Product category:</source>
        <translation>产品类别：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="103" />
        <source>Note: last month's details can be queried from the 10th.</source>
        <translation>说明：每月10日可查询上月消费明细账单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="125" />
        <source>The first month is after the last month.</source>
        <translation>开始月份晚于结束月份，请重新选择。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="141" />
        <source>Total: ¥{amount}</source>
        <translation>消费金额合计：¥{amount}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="94" />
        <source>First month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="95" />
        <source>Last month</source>
        <translation>结束月份</translation>
    </message>
</context>
<context>
    <name>CouponsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="271" />
        <source>Coupons</source>
        <translation>云券管理</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="282" />
        <source>Coupon usage:</source>
        <translation>云券使用情况：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="287" />
        <source>Coupons are valid for 30 days from issue, can only be used on 中金云 and are allocated without discount.</source>
        <translation>云券自发放日起有效期为30天，只可使用在中金云平台，拨付时不享受折扣。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="300" />
        <source>No coupons at the moment.</source>
        <translation>当前暂无云券</translation>
    </message>
</context>
<context>
    <name>CreateBucketDialog</name>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="70" />
        <source>Create bucket</source>
        <translation>创建存储桶</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="73" />
        <source>lowercase letters, digits and -</source>
        <translation>小写字母、数字和 -</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="84" />
        <source>The name is unique within your account; the region cannot be changed later.</source>
        <translation>名称在账号内唯一；地域创建后不能修改。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="93" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="95" />
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="99" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="127" />
        <source>{left} of {max} characters left in this region</source>
        <translation>本地域还可输入 {left} 个字符（最多 {max} 个）</translation>
    </message>
</context>
<context>
    <name>CreateFolderDialog</name>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="145" />
        <source>Create folder</source>
        <translation>创建文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="147" />
        <source>In: {location}</source>
        <translation>位置：{location}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="150" />
        <source>Folder name</source>
        <translation>文件夹名称</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="152" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="156" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="363" />
        <location filename="../../gene_desk/ui/account/widgets.py" line="365" />
        <source>Start date</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="366" />
        <location filename="../../gene_desk/ui/account/widgets.py" line="368" />
        <source>End date</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="372" />
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>DatedListPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="445" />
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="451" />
        <source>The start date is after the end date.</source>
        <translation>开始时间晚于结束时间，请重新选择。</translation>
    </message>
</context>
<context>
    <name>DeletePrompt</name>
    <message>
        <location filename="../../gene_desk/ui/delete_prompt.py" line="56" />
        <source>Delete the {n} selected file(s)?</source>
        <translation>确定删除选中的 {n} 个文件？</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/delete_prompt.py" line="64" />
        <source>Delete {folders} empty folder(s) ({names})?</source>
        <translation>确定删除 {folders} 个空文件夹（{names}）？</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/delete_prompt.py" line="68" />
        <source>Delete {folders} folder(s) ({names}) and all in them: {n}{more} file(s), {size}?</source>
        <translation>确定删除 {folders} 个文件夹（{names}）及其中的全部内容：{n}{more} 个文件，{size}？</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/delete_prompt.py" line="79" />
        <source>The {n} selected file(s) are deleted too.</source>
        <translation>选中的 {n} 个文件也会被删除。</translation>
    </message>
</context>
<context>
    <name>DetailDialog</name>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="361" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DetailPages</name>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="391" />
        <source>Invoice {number}</source>
        <translation>发票 {number}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="402" />
        <source>Order {number}</source>
        <translation>订单 {number}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="419" />
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="421" />
        <source>View details</source>
        <translation>查看详情</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="398" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="403" />
        <source>CSV (.csv)...</source>
        <translation>CSV 文件 (.csv)…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="406" />
        <source>Excel workbook (.xlsx)...</source>
        <translation>Excel 工作簿 (.xlsx)…</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="77" />
        <source>{caption}:</source>
        <translation>{caption}：</translation>
    </message>
</context>
<context>
    <name>InfoBoxes</name>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="103" />
        <source>Basic information</source>
        <translation>基础信息</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="107" />
        <source>Current role:</source>
        <translation>当前角色：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="108" />
        <source>Company:</source>
        <translation>企业名称：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="109" />
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="110" />
        <source>Account type:</source>
        <translation>账号类型：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="111" />
        <source>Last login:</source>
        <translation>最后登录：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="112" />
        <source>IP address:</source>
        <translation>IP地址：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="122" />
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="126" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="127" />
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="128" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="129" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>InvoiceablePanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="288" />
        <source>Invoicing</source>
        <translation>发票操作</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="296" />
        <source>Recharge invoices can be asked for on the Duoyungu portal; invoiced balance can only be allocated, not refunded.</source>
        <translation>充值发票在朵云谷门户申请；开具充值发票后，充值金额只可用于拨付，不可提现、不可退费。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="309" />
        <source>Invoiceable amount: ¥{amount}</source>
        <translation>可开发票金额：¥{amount}</translation>
    </message>
</context>
<context>
    <name>InvoicesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="308" />
        <source>Invoice records</source>
        <translation>发票记录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="312" />
        <source>All types</source>
        <translation>全部发票类型</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="315" />
        <source>Invoice type:</source>
        <translation>发票类型：</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="274" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="275" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="276" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="277" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="278" />
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="279" />
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="281" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="291" />
        <location filename="../../gene_desk/ui/jobs_model.py" line="292" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="293" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="294" />
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="295" />
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="296" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="297" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="302" />
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="303" />
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="304" />
        <source>Compress</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="305" />
        <source>Decompress</source>
        <translation>解压</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="367" />
        <source>{ok}/{total} items</source>
        <translation>{ok}/{total} 项</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="370" />
        <source>{n} failed</source>
        <translation>{n} 项失败</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="280" />
        <source>Destination</source>
        <translation>目标位置</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="326" />
        <source>Sync upload</source>
        <translation>同步上传</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="326" />
        <source>Sync download</source>
        <translation>同步下载</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="330" />
        <location filename="../../gene_desk/ui/jobs_model.py" line="388" />
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="372" />
        <source>{n} skipped</source>
        <translation>{n} 个已跳过</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="404" />
        <source>Not uploaded: the file is already in the bucket</source>
        <translation>未上传：存储桶中已有该文件</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="71" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="72" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="73" />
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="74" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="113" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="114" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="115" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="116" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="117" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="118" />
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="119" />
        <source>Export CSV...</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="120" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="200" />
        <source>Nothing here yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="255" />
        <source>Some of the selected tasks are not finished. Stop and remove them?</source>
        <translation>选中的任务中有未完成的，确定停止并删除吗？</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="272" />
        <source>Export the list as CSV</source>
        <translation>导出列表为 CSV</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="268" />
        <source>Exported {n} rows.</source>
        <translation>已导出 {n} 行。</translation>
    </message>
</context>
<context>
    <name>LastMonthChart</name>
    <message>
        <location filename="../../gene_desk/ui/account/last_month_chart.py" line="31" />
        <source>Last month's bill summary and balance</source>
        <translation>上月账单汇总及余额</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/last_month_chart.py" line="43" />
        <source>Spent last month</source>
        <translation>上月消费</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/last_month_chart.py" line="45" />
        <source>Balance</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>LastMonthPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="194" />
        <source>Last month's bill summary</source>
        <translation>上月账单汇总</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="202" />
        <source>Platforms last month</source>
        <translation>上月各云平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="209" />
        <source>The discount is the platform's contract discount: an allocation of X yuan arrives as X / discount. Only 中金云's balance is kept by Duoyungu.</source>
        <translation>折扣为合同中的折扣：拨付 X 元，实际到账 X / 折扣 元。朵云谷系统中只显示中金云的余额。</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="123" />
        <source>Right-click a column header to show more columns</source>
        <translation>右键单击列标题可显示更多列</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="131" />
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="213" />
        <source>More columns</source>
        <translation>更多列</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="334" />
        <source>Only the main account can see this page.</source>
        <translation>只有主账号可以查看此页面。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="360" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="360" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="363" />
        <source>Export {title}</source>
        <translation>导出{title}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="398" />
        <source>Exporting... {done} of {total} rows</source>
        <translation>正在导出… {done} / {total} 条</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="406" />
        <source>Exported {n} rows to {path}</source>
        <translation>已导出 {n} 条记录到 {path}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="415" />
        <source>Export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="421" />
        <source>Exporting...</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="58" />
        <source>Log in - Gene Desk</source>
        <translation>登录 - 基因数据协作平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="66" />
        <source>Log in with your Duoyungu account. Only accounts with Tencent Cloud opened and a key bound can use this platform.</source>
        <translation>请使用朵云谷账号登录。只有开通腾讯云并绑定腾讯云密钥的朵云谷账号才可登录该平台。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="75" />
        <source>Duoyungu account</source>
        <translation>朵云谷账号</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="79" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="80" />
        <source>Remember me on this computer</source>
        <translation>在此电脑上记住登录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="91" />
        <source>No secure keyring (password store) was found on this system, so Gene Desk will not remember your login.</source>
        <translation>此系统没有可用的安全密钥环（密码存储），因此不会记住您的登录。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="97" />
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="98" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="108" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="111" />
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="150" />
        <source>Logging in...</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="66" />
        <source>Gene Data Collaboration Platform - Gene Desk</source>
        <translation>基因数据协作平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="96" />
        <source>Search by name prefix in this folder</source>
        <translation>在当前文件夹按名称前缀搜索</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="87" />
        <source>Logged in: {account}</source>
        <translation>已登录：{account}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="88" />
        <source> (demo)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="102" />
        <location filename="../../gene_desk/ui/window_actions.py" line="135" />
        <source>Transfer list</source>
        <translation>传输列表</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="109" />
        <location filename="../../gene_desk/ui/window_actions.py" line="142" />
        <source>Compression list</source>
        <translation>压缩列表</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="47" />
        <source>Bucket...</source>
        <translation>桶…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="53" />
        <source>Folder...</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="60" />
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="63" />
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="66" />
        <source>Bucket</source>
        <translation>桶</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="28" />
        <location filename="../../gene_desk/ui/window_actions.py" line="69" />
        <location filename="../../gene_desk/ui/window_actions.py" line="194" />
        <location filename="../../gene_desk/ui/window_actions.py" line="212" />
        <location filename="../../gene_desk/ui/window_actions.py" line="290" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="76" />
        <source>Upload files</source>
        <translation>上传文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="83" />
        <source>Download files</source>
        <translation>下载文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="90" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="97" />
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="104" />
        <source>Verify MD5...</source>
        <translation>验证MD5…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="109" />
        <location filename="../../gene_desk/ui/window_actions.py" line="280" />
        <location filename="../../gene_desk/ui/window_actions.py" line="320" />
        <source>Export MD5 list...</source>
        <translation>导出MD5清单…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="121" />
        <source>Compress files</source>
        <translation>压缩文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="128" />
        <source>Decompress files</source>
        <translation>解压文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="149" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="164" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="171" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="177" />
        <source>Settings...</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="180" />
        <source>About Gene Desk</source>
        <translation>关于基因数据协作平台</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="182" />
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/quit.py" line="66" />
        <location filename="../../gene_desk/ui/flows/quit.py" line="67" />
        <location filename="../../gene_desk/ui/window_actions.py" line="184" />
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="191" />
        <location filename="../../gene_desk/ui/window_actions.py" line="205" />
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="199" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="238" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="250" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="253" />
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="258" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="239" />
        <source>Choose a bucket on the left</source>
        <translation>请在左侧选择存储桶</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="277" />
        <source>Loading...</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="279" />
        <source>{n} items</source>
        <translation>共 {n} 项</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="281" />
        <source>{n} items loaded, scroll for more</source>
        <translation>已加载 {n} 项，向下滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="288" />
        <source>Choose a bucket on the left to see its files.</source>
        <translation>请在左侧选择存储桶，查看其中的文件。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="294" />
        <source>No names start with “{text}”.</source>
        <translation>没有以“{text}”开头的文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="300" />
        <source>This folder is empty. Upload files or drop them here.</source>
        <translation>此文件夹为空。可以上传文件，或将文件拖放到这里。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/create.py" line="102" />
        <source>Bucket created</source>
        <translation>存储桶创建成功</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/create.py" line="45" />
        <location filename="../../gene_desk/ui/flows/delete.py" line="86" />
        <location filename="../../gene_desk/ui/flows/md5.py" line="191" />
        <location filename="../../gene_desk/ui/flows/transfers.py" line="27" />
        <location filename="../../gene_desk/ui/main_window.py" line="243" />
        <source>Please choose a bucket first.</source>
        <translation>请先选择存储桶。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/create.py" line="118" />
        <source>Folder created</source>
        <translation>文件夹创建成功</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="50" />
        <source>Please select the files or folders to delete.</source>
        <translation>请选择要删除的文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="60" />
        <source>Please select the files to delete.</source>
        <translation>请选择要删除的文件。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="71" />
        <source>Please select the folders to delete.</source>
        <translation>请选择要删除的文件夹。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="223" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="225" />
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="99" />
        <source>Counting what will be deleted...</source>
        <translation>正在统计要删除的内容…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="108" />
        <source>Counting what will be deleted... {n}</source>
        <translation>正在统计要删除的内容… {n}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="121" />
        <source>This cannot be undone.</source>
        <translation>删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="133" />
        <source>Deleting...</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="183" />
        <location filename="../../gene_desk/ui/flows/delete.py" line="218" />
        <source>Deleted successfully.</source>
        <translation>删除成功</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="188" />
        <source>{ok} deleted, {failed} could not be deleted.</source>
        <translation>已删除 {ok} 个，{failed} 个删除失败。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="172" />
        <source>Delete cancelled; {n} object(s) were deleted.</source>
        <translation>删除已取消；已删除 {n} 个对象。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="160" />
        <source>Deleting... {n}</source>
        <translation>正在删除… {n}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="204" />
        <source>Delete the bucket {name}?</source>
        <translation>确定删除存储桶 {name}？</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/transfers.py" line="180" />
        <source>Choose where to save</source>
        <translation>选择下载位置</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="273" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="276" />
        <source>Upload files here...</source>
        <translation>上传文件到此处…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="312" />
        <source>Upload files...</source>
        <translation>上传文件…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="316" />
        <source>New folder...</source>
        <translation>新建文件夹…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="326" />
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="330" />
        <source>Delete folder</source>
        <translation>删除文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="335" />
        <source>Delete bucket</source>
        <translation>删除存储桶</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="359" />
        <source>{n} unfinished transfer(s) from last time are resuming.</source>
        <translation>上次未完成的 {n} 个传输任务正在继续。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="365" />
        <source>{n} unfinished compression task(s) from last time are resuming.</source>
        <translation>上次未完成的 {n} 个压缩任务正在继续。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/quit.py" line="61" />
        <source>Transfers or compression tasks are still running. Quit anyway? Unfinished transfers continue the next time you start Gene Desk.</source>
        <translation>仍有传输或压缩任务在进行。确定退出吗？未完成的传输会在下次启动时继续。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="156" />
        <source>Up</source>
        <translation>返回上一级</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="114" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/preview.py" line="38" />
        <source>Please choose one file to preview.</source>
        <translation>请选择一个要预览的文件。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/share.py" line="37" />
        <source>Please choose one file to share.</source>
        <translation>请选择一个要分享的文件。</translation>
    </message>
</context>
<context>
    <name>Md5Flow</name>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="47" />
        <source>Choose the MD5 list of the delivery</source>
        <translation>选择数据交付的MD5清单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="53" />
        <location filename="../../gene_desk/ui/flows/md5.py" line="123" />
        <location filename="../../gene_desk/ui/flows/md5.py" line="143" />
        <source>Verify MD5</source>
        <translation>校验清单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="125" />
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="144" />
        <source>The folder {folder} came with an MD5 list ({file}). Check its files against it before uploading?</source>
        <translation>文件夹 {folder} 附有MD5清单（{file}）。上传前先按清单校验其中的文件吗？</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="155" />
        <source>Check first</source>
        <translation>先校验</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="158" />
        <source>Upload without checking</source>
        <translation>不校验，直接上传</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="197" />
        <source>Save the MD5 list</source>
        <translation>保存MD5清单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="219" />
        <source>Export MD5 list: {count} objects read...</source>
        <translation>导出MD5清单：已读取 {count} 个对象…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="237" />
        <source>{count} files were uploaded without their MD5. Compute it by reading them from COS ({size})? Nothing is saved to disk.</source>
        <translation>{count} 个文件上传时未记录MD5。要从COS读取这些文件（{size}）来计算吗？不会保存到磁盘。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="242" />
        <location filename="../../gene_desk/ui/flows/md5.py" line="279" />
        <source>Export MD5 list</source>
        <translation>导出MD5清单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="243" />
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="272" />
        <source>The MD5 list of {count} files was saved to {path}.</source>
        <translation>已将 {count} 个文件的MD5清单保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="276" />
        <source>{count} objects have no MD5 and are not in it.</source>
        <translation>{count} 个对象没有MD5，未列入清单。</translation>
    </message>
</context>
<context>
    <name>Md5ResultDialog</name>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="52" />
        <source>Checking the files...</source>
        <translation>正在校验文件…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="59" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="63" />
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="65" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="65" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="65" />
        <source>Expected MD5</source>
        <translation>清单中的MD5</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="65" />
        <source>Actual MD5</source>
        <translation>实际MD5</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="76" />
        <source>Lines that could not be read</source>
        <translation>无法识别的行</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="82" />
        <location filename="../../gene_desk/ui/md5_dialog.py" line="85" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="107" />
        <source>Checking the files... {done} of {total}</source>
        <translation>正在校验文件… {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="112" />
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="113" />
        <source>MD5 differs</source>
        <translation>MD5不一致</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="114" />
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="115" />
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="116" />
        <source>Not in the list</source>
        <translation>清单外文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="121" />
        <source>not an MD5 line (GNU, BSD or CSV)</source>
        <translation>不是MD5清单行（GNU、BSD或CSV格式）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="122" />
        <source>unknown escape in the file name</source>
        <translation>文件名中有无法识别的转义</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="123" />
        <source>the name points outside the folder</source>
        <translation>文件名指向文件夹之外</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="124" />
        <source>no file name</source>
        <translation>缺少文件名</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="125" />
        <source>listed again with another MD5</source>
        <translation>重复列出且MD5不同</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="126" />
        <source>expected two columns: a file name and an MD5</source>
        <translation>应为两列：文件名和MD5</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="132" />
        <source>{ok} OK, {bad} differ, {missing} missing, {unreadable} cannot be read, {extra} not in the list</source>
        <translation>{ok} 个正常，{bad} 个不一致，{missing} 个缺失，{unreadable} 个无法读取，{extra} 个清单外文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="142" />
        <source>All listed files match {name}.</source>
        <translation>清单 {name} 中的文件全部校验通过。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="144" />
        <source>The files do not match {name}.</source>
        <translation>文件与清单 {name} 不一致。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="161" />
        <source>Line {line}: {message}</source>
        <translation>第 {line} 行：{message}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="171" />
        <location filename="../../gene_desk/ui/md5_dialog.py" line="172" />
        <source>Upload anyway</source>
        <translation>仍然上传</translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="434" />
        <source>Message center</source>
        <translation>消息中心</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="438" />
        <source>All categories</source>
        <translation>全部消息</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="441" />
        <source>Read and unread</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="441" />
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="441" />
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="446" />
        <source>Category:</source>
        <translation>消息类别：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="448" />
        <source>Status:</source>
        <translation>阅读状态：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="459" />
        <source>Select a message to read it here.</source>
        <translation>选择一条消息，在此查看内容。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="457" />
        <source>Message content</source>
        <translation>消息内容</translation>
    </message>
</context>
<context>
    <name>ObjectListModel</name>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="265" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="266" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="267" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="268" />
        <source>Last modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="269" />
        <source>Storage class</source>
        <translation>存储类型</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="270" />
        <source>Restore status</source>
        <translation>恢复状态</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="152" />
        <source>My orders</source>
        <translation>我的订单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="156" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="159" />
        <source>Status:</source>
        <translation>订单状态：</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <location filename="../../gene_desk/ui/account/overview_charts.py" line="33" />
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month:02d}月</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_charts.py" line="39" />
        <source>{year}
{month:02d}</source>
        <translation>{year}年
{month:02d}月</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_charts.py" line="45" />
        <source>{month}: {amount} CNY</source>
        <translation>{month}：{amount} 元</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="88" />
        <source>Account balance (CNY)</source>
        <translation>账户余额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="89" />
        <source>中金云 balance (CNY)</source>
        <translation>中金云余额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="90" />
        <source>Frozen amount (CNY)</source>
        <translation>冻结金额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="91" />
        <source>Coupons</source>
        <translation>云券</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="91" />
        <source>Manage coupons</source>
        <translation>云券管理</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="94" />
        <source>Estimated cost this month</source>
        <translation>本月预估费用</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="95" />
        <source>Billing center</source>
        <translation>费用中心</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="102" />
        <source>Spent this month (CNY)</source>
        <translation>本月消费金额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="105" />
        <source>Spent last month (CNY)</source>
        <translation>上月消费金额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="106" />
        <source>Details</source>
        <translation>查看消费明细</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="120" />
        <source>Recent consumption</source>
        <translation>最近消费</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="123" />
        <location filename="../../gene_desk/ui/account/overview.py" line="125" />
        <source>Monthly bills</source>
        <translation>月度消费账单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="130" />
        <source>More</source>
        <translation>查看更多</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="133" />
        <source>More monthly bills</source>
        <translation>查看更多月度消费账单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="162" />
        <source>Account overview</source>
        <translation>账户概览</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="170" />
        <source>Spent last month ({month})</source>
        <translation>上月消费金额（{month}）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="179" />
        <source>Hello, {name}!</source>
        <translation>您好！{name}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="181" />
        <source>&lt;a href="messages"&gt;{n} unread messages&lt;/a&gt;</source>
        <translation>&lt;a href="messages"&gt;{n} 条未读消息&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="190" />
        <source>{n} coupons</source>
        <translation>{n} 张</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="201" />
        <source>{n} / page</source>
        <translation>{n}条/页</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="206" />
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="211" />
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="221" />
        <source>Page</source>
        <translation>第</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="256" />
        <source>{n} rows in total</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="257" />
        <source>of {n}</source>
        <translation>/ {n} 页</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="199" />
        <source>Rows per page</source>
        <translation>每页条数</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="215" />
        <source>Page number</source>
        <translation>页码</translation>
    </message>
</context>
<context>
    <name>PathListDialog</name>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="65" />
        <source>Choose files...</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="66" />
        <source>Choose folder...</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="67" />
        <source>Remove from list</source>
        <translation>从列表移除</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="82" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="82" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="82" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="84" />
        <source>Compress</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="88" />
        <source>No files chosen yet. Choose files or a folder above.</source>
        <translation>尚未选择文件。请点击上方的“选择文件”或“选择文件夹”。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="97" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="174" />
        <source>Choose files</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="178" />
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="79" />
        <source>Chosen files</source>
        <translation>已选择的文件</translation>
    </message>
</context>
<context>
    <name>PaymentAccountsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="318" />
        <source>Bank accounts</source>
        <translation>银行账号管理</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="323" />
        <source>Refunds go to the default account.</source>
        <translation>退费金额将转入默认账号。</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="33" />
        <source>Preview: {name}</source>
        <translation>预览：{name}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="35" />
        <source>Reading the start of the file...</source>
        <translation>正在读取文件开头…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="39" />
        <source>Preview summary</source>
        <translation>预览摘要</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="43" />
        <source>File facts</source>
        <translation>文件信息</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="47" />
        <source>Preview text</source>
        <translation>预览内容</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="53" />
        <location filename="../../gene_desk/ui/preview_dialog.py" line="55" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="70" />
        <source>Preview failed: {error}</source>
        <translation>预览失败：{error}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="86" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="91" />
        <source>FASTQ: {reads} reads in the part read, length {low}-{high}, quality {encoding}</source>
        <translation>FASTQ：已读部分含 {reads} 条 reads，长度 {low}-{high}，质量编码 {encoding}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="99" />
        <source>Paired file: {name}</source>
        <translation>配对文件：{name}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="101" />
        <source>No paired file found next to it</source>
        <translation>同一位置未找到配对文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="106" />
        <source>{kind} version {version}: only the version can be read</source>
        <translation>{kind} 版本 {version}：只能读取版本信息</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="110" />
        <source>{kind} header: version {version}, {refs} references, {rg} read groups, {pg} programs</source>
        <translation>{kind} 头信息：版本 {version}，{refs} 条参考序列，{rg} 个 read group，{pg} 个程序</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="120" />
        <source>Text: {header} header lines, first {lines} lines shown</source>
        <translation>文本：{header} 行头信息，显示前 {lines} 行</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="124" />
        <source>Archived: restore the file to preview its content</source>
        <translation>已归档：恢复文件后才能预览内容</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="125" />
        <source>No preview for this type of file: its facts only</source>
        <translation>此类文件无法预览内容，仅显示文件信息</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="130" />
        <source>the zstd data is corrupt</source>
        <translation>zstd 数据已损坏</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="131" />
        <source>the gzip data is corrupt</source>
        <translation>gzip 数据已损坏</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="132" />
        <source>the content cannot be read</source>
        <translation>内容无法读取</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="133" />
        <source>it is not a valid BAM file</source>
        <translation>不是有效的 BAM 文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="134" />
        <source>it is not a valid CRAM file</source>
        <translation>不是有效的 CRAM 文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="135" />
        <source>it is not a valid FASTQ file</source>
        <translation>不是有效的 FASTQ 文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="136" />
        <source>the file ends in the middle of its data</source>
        <translation>文件在数据中途结束</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="139" />
        <source>Damaged: {reason} ({code})</source>
        <translation>已损坏：{reason}（{code}）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="145" />
        <source>Size {size}, type {type}, storage class {cls}, CRC-64 {crc}</source>
        <translation>大小 {size}，类型 {type}，存储类型 {cls}，CRC-64 {crc}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="152" />
        <source>Read {read} of the file, decoded as {how}</source>
        <translation>已读取文件的 {read}，解码方式 {how}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="154" />
        <source>plain</source>
        <translation>未压缩</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="157" />
        <source>Showing {name} from the archive</source>
        <translation>显示归档中的 {name}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="162" />
        <source>Files in the archive</source>
        <translation>归档中的文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="163" />
        <source>First reads</source>
        <translation>前几条 reads</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="164" />
        <source>Header</source>
        <translation>头信息</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="165" />
        <source>First lines</source>
        <translation>前几行</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="166" />
        <source>References</source>
        <translation>参考序列</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="167" />
        <source>Read groups</source>
        <translation>Read groups</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="168" />
        <source>Programs</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="169" />
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
</context>
<context>
    <name>RechargesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="180" />
        <source>Recharge records</source>
        <translation>充值记录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="185" />
        <source>All invoice states</source>
        <translation>全部开票状态</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="189" />
        <source>Invoice status:</source>
        <translation>开票状态：</translation>
    </message>
</context>
<context>
    <name>RefundablePanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="234" />
        <source>Refunds</source>
        <translation>退费操作</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="251" />
        <source>Refundable this month = account balance - (invoiced recharges - invoiced and allocated), at most 10000.00, once a month. Refunds are requested on the Duoyungu portal and go to the default bank account.</source>
        <translation>当月可退费金额 = 朵云谷账户余额 - (充值开票金额 - 已开票拨付金额)，上限为1万，每月只可退费1次。退费在朵云谷门户申请，退费金额将转入默认银行账户。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="270" />
        <source>Refundable this month: ¥{amount}</source>
        <translation>本月可退余额：¥{amount}</translation>
    </message>
</context>
<context>
    <name>RefundsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="338" />
        <source>Refund records</source>
        <translation>退费记录</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="45" />
        <source>Restore archived files</source>
        <translation>恢复归档文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="49" />
        <source> and {n} more</source>
        <translation> 等另外 {n} 个</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="52" />
        <source>Restore {count} file(s): {names}
A restored copy can be downloaded until it expires; the archived file stays as it is.</source>
        <translation>恢复 {count} 个文件：{names}
恢复出的副本在过期前可以下载；归档的文件保持不变。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="60" />
        <source>Days the restored copy lasts</source>
        <translation>副本有效天数</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="63" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="66" />
        <source>Restore mode</source>
        <translation>恢复模式</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="74" />
        <source>Valid for:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="75" />
        <source>Restore mode:</source>
        <translation>恢复模式：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="80" />
        <source>Deep archive files have no expedited mode: they use standard.</source>
        <translation>深度归档存储的文件没有极速模式，将使用标准模式。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="84" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="84" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="520" />
        <source>Role descriptions</source>
        <translation>角色说明</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="525" />
        <source>Roles are created by Duoyungu; this page only describes them.</source>
        <translation>角色由朵云谷后台创建，此处只查看每个角色的功能。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="532" />
        <source>Only the main account can see the role descriptions.</source>
        <translation>只有主账号可以查看角色说明。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="37" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="40" />
        <source>Compress uploads by default</source>
        <translation>上传时默认压缩</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="42" />
        <source>Record each file's MD5 on upload (for MD5 lists)</source>
        <translation>上传时记录每个文件的MD5（用于MD5清单）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="46" />
        <source>Needed to export an MD5 list for a submission without downloading. Costs CPU: compressed uploads on few cores are slower with it.</source>
        <translation>无需下载即可导出提交所需的MD5清单。会占用CPU：在核心较少的电脑上，压缩上传会变慢。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="63" />
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="68" />
        <source>Browse...</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="75" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="80" />
        <source>Files and parts in parallel apply to transfers started after a restart.</source>
        <translation>并行文件数和分块数在重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="87" />
        <source>Compression level (1-19):</source>
        <translation>压缩级别（1-19）：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="88" />
        <source>Files in parallel:</source>
        <translation>并行文件数：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="89" />
        <source>Parts in parallel per file:</source>
        <translation>每个文件并行分块数：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="90" />
        <source>Bandwidth limit:</source>
        <translation>带宽限制：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="91" />
        <source>Default download folder:</source>
        <translation>默认下载文件夹：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="92" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="96" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="97" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="108" />
        <source>Default download folder</source>
        <translation>默认下载文件夹</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="45" />
        <source>Share: {name}</source>
        <extracomment>the person asked for a link lasting this many seconds</extracomment>
        <translation>分享：{name}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="50" />
        <source>Link expires after</source>
        <translation>链接有效期</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="54" />
        <location filename="../../gene_desk/ui/share_dialog.py" line="56" />
        <source>Generate link</source>
        <translation>生成链接</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="64" />
        <source>Share link</source>
        <translation>分享链接</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="66" />
        <source>Press Generate link</source>
        <translation>请点击“生成链接”</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="67" />
        <location filename="../../gene_desk/ui/share_dialog.py" line="69" />
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="77" />
        <source>Link expires after:</source>
        <translation>链接有效期：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="78" />
        <source>Link:</source>
        <translation>链接：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="81" />
        <source>Choose how long the link works, then press Generate link.</source>
        <translation>请选择链接有效期，然后点击“生成链接”。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="83" />
        <source>Share status</source>
        <translation>分享状态</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="87" />
        <source>How to open the download</source>
        <translation>下载文件的打开方式</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="93" />
        <location filename="../../gene_desk/ui/share_dialog.py" line="95" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="106" />
        <source>1 hour</source>
        <translation>1小时</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="107" />
        <source>1 day</source>
        <translation>1天</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="108" />
        <source>3 days</source>
        <translation>3天</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="109" />
        <source>7 days</source>
        <translation>7天</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="111" />
        <source>{hours} hours</source>
        <translation>{hours}小时</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="120" />
        <source>Generating the link...</source>
        <translation>正在生成链接…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="130" />
        <source>Anyone with this link can download the file until {time} (China time).</source>
        <translation>任何获得此链接的人都可以在 {time}（北京时间）之前下载此文件。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="158" />
        <source>Link copied.</source>
        <translation>链接已复制。</translation>
    </message>
</context>
<context>
    <name>ShareModel</name>
    <message>
        <location filename="../../gene_desk/ui/account/breakdown_chart.py" line="107" />
        <source>Amount (CNY)</source>
        <translation>金额(元)</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/breakdown_chart.py" line="108" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>SharesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/share_records.py" line="30" />
        <source>Share records</source>
        <translation>分享记录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/share_records.py" line="37" />
        <source>Links made with Share on a file. The links themselves are not kept: copy a link when you make it.</source>
        <translation>在文件上用“分享”生成的链接。链接本身不会保存：请在生成时复制。</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../gene_desk/account/sharing.py" line="92" />
        <source>The recipient gets the compressed file {name}. To open it: zstd -d {name} (Linux, macOS); on Windows an archiver that reads zstd, such as 7-Zip with zstd support or PeaZip.</source>
        <extracomment>the expiries the window offers, in seconds (1小时, 1天, 3天, 7天) how the recipient opens a compressed download, per form (English source; the window translates it in context "Sharing", the CLI prints it)</extracomment>
        <translation>对方下载得到的是压缩文件 {name}。打开方法：zstd -d {name}（Linux、macOS）；Windows 上请使用支持 zstd 的解压软件，例如支持 zstd 的 7-Zip 或 PeaZip。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/sharing.py" line="98" />
        <source>The recipient gets the compressed folder archive {name}. To open it: tar --zstd -xf {name} (or zstd -d {name}, then tar -xf); on Windows an archiver that reads zstd, such as 7-Zip with zstd support or PeaZip.</source>
        <translation>对方下载得到的是压缩的文件夹归档 {name}。打开方法：tar --zstd -xf {name}（或先 zstd -d {name}，再 tar -xf）；Windows 上请使用支持 zstd 的解压软件，例如支持 zstd 的 7-Zip 或 PeaZip。</translation>
    </message>
</context>
<context>
    <name>StateOverlay</name>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="91" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="94" />
        <source>Log in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="149" />
        <source>Loading...</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="152" />
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="161" />
        <source>Sub-accounts cannot see it. Ask the main account of your company.</source>
        <translation>子账号无权查看，请联系本企业的主账号。</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="78" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="87" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="88" />
        <source>Local folder → bucket (upload)</source>
        <translation>本地文件夹 → 存储桶（上传）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="89" />
        <source>Bucket → local folder (download)</source>
        <translation>存储桶 → 本地文件夹（下载）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="92" />
        <source>Local folder</source>
        <translation>本地文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="93" />
        <source>Choose folder...</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="103" />
        <location filename="../../gene_desk/ui/sync_dialog.py" line="203" />
        <source>Compress with zstd (already-compressed formats are sent as they are)</source>
        <translation>使用 zstd 压缩（已压缩的格式按原样上传）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="108" />
        <source>Leave out {names}</source>
        <translation>排除 {names}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="114" />
        <source>Only include</source>
        <translation>仅包含</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="115" />
        <source>e.g. *.fastq lane1/** (space separated)</source>
        <translation>例如 *.fastq lane1/**（以空格分隔）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="118" />
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="119" />
        <source>e.g. *.log tmp/ (space separated)</source>
        <translation>例如 *.log tmp/（以空格分隔）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="120" />
        <source>Delete files that are only in the destination</source>
        <translation>删除仅存在于目标位置的文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="124" />
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="125" />
        <source>Local folder:</source>
        <translation>本地文件夹：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="126" />
        <source>Bucket folder:</source>
        <translation>存储桶位置：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="127" />
        <source>Only include:</source>
        <translation>仅包含：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="128" />
        <source>Exclude:</source>
        <translation>排除：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="133" />
        <location filename="../../gene_desk/ui/sync_dialog.py" line="210" />
        <source>Compare to see what the sync will do.</source>
        <translation>点击“比较”查看同步将做什么。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="138" />
        <source>Sync plan</source>
        <translation>同步计划</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="141" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="141" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="141" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="141" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="149" />
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="153" />
        <source>Start sync</source>
        <translation>开始同步</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="156" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="195" />
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="200" />
        <source>Decompress Gene Desk .zst files</source>
        <translation>解压 Gene Desk 压缩的 .zst 文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="232" />
        <source>New: {new}   Changed: {changed}   Unchanged: {unchanged}   Only in the destination: {extra}   To transfer: {size}</source>
        <translation>新增：{new}   已更改：{changed}   未更改：{unchanged}   仅在目标位置：{extra}   待传输：{size}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="236" />
        <source>Files only in the destination are kept.</source>
        <translation>仅在目标位置的文件将保留。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="238" />
        <source>{n} file(s) cannot be synced; see the list.</source>
        <translation>{n} 个文件无法同步，详见列表。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="242" />
        <source>Everything is in sync: nothing to transfer.</source>
        <translation>已全部同步，无需传输。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="249" />
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="250" />
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="251" />
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="252" />
        <source>Only in destination</source>
        <translation>仅在目标位置</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="258" />
        <source>Cannot sync</source>
        <translation>无法同步</translation>
    </message>
</context>
<context>
    <name>SyncFlow</name>
    <message>
        <location filename="../../gene_desk/ui/flows/sync.py" line="137" />
        <source>Comparing...</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/sync.py" line="168" />
        <source>Everything is in sync.</source>
        <translation>已全部同步。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/sync.py" line="173" />
        <source>Delete {n} file(s) that are only in the destination?</source>
        <translation>确定删除仅存在于目标位置的 {n} 个文件吗？</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/sync.py" line="176" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/sync.py" line="180" />
        <source>Starting...</source>
        <translation>正在开始…</translation>
    </message>
</context>
<context>
    <name>TicketsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="360" />
        <source>Tickets</source>
        <translation>运营工单</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="372" />
        <source>All types</source>
        <translation>全部工单类型</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="375" />
        <source>Ticket type:</source>
        <translation>工单类型：</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="366" />
        <source>Ticket status</source>
        <translation>工单状态</translation>
    </message>
</context>
<context>
    <name>TransferStatusLabel</name>
    <message>
        <location filename="../../gene_desk/ui/transfer_status.py" line="76" />
        <source>{n} transfer(s) running</source>
        <translation>{n} 个传输进行中</translation>
    </message>
</context>
<context>
    <name>UploadConflictDialog</name>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="36" />
        <source>File already exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="43" />
        <source>The same file is already in the bucket as {existing} (with or without .zst compression). What should happen to {name}?</source>
        <translation>存储桶中已有同一文件：{existing}（压缩或未压缩为 .zst）。如何处理 {name}？</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="47" />
        <source>{existing} already exists. What should happen to {name}?</source>
        <translation>{existing} 已存在。如何处理 {name}？</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="54" />
        <source>Apply to all ({n} more conflicts)</source>
        <translation>应用到全部（还有 {n} 个冲突）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="56" />
        <source>Apply to all</source>
        <translation>应用到全部</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="62" />
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="64" />
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="65" />
        <source>Keep both</source>
        <translation>保留两者</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="66" />
        <source>The new file gets a new name, such as "name (1)"</source>
        <translation>新文件使用新名称，例如“名称 (1)”</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="213" />
        <source>Upload files</source>
        <translation>上传文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="214" />
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="219" />
        <source>Upload to: {target}
Files are compressed with zstd by default (.zst; a folder becomes one .tar.zst); untick Compress to send an item as it is.</source>
        <translation>上传到：{target}
文件默认使用 zstd 压缩（.zst；文件夹压缩为一个 .tar.zst）；取消勾选“压缩”则按原样上传。</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="501" />
        <source>User list</source>
        <translation>用户列表</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="511" />
        <source>Only the main account can see the user list.</source>
        <translation>只有主账号可以查看用户列表。</translation>
    </message>
</context>
<context>
    <name>_RequestDialog</name>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="38" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="18" />
        <source>The server cannot be reached. Check the network.</source>
        <translation>无法连接服务器，请检查网络。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="21" />
        <source>The server did not answer in time.</source>
        <translation>服务器响应超时。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="24" />
        <source>The server had an internal error. Try again.</source>
        <translation>服务器内部错误，请重试。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="27" />
        <source>The server sent an answer Gene Desk cannot read.</source>
        <translation>服务器返回了无法识别的响应。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="30" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="31" />
        <source>The request is not valid.</source>
        <translation>请求无效。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="34" />
        <source>Internal error. Please report it with the log file.</source>
        <translation>内部错误，请附上日志文件反馈。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="37" />
        <source>Wrong account or password.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="40" />
        <source>This Duoyungu account has not opened Tencent Cloud. Only accounts with Tencent Cloud opened and a key bound can log in.</source>
        <translation>该朵云谷账号未开通腾讯云。只有开通腾讯云并绑定腾讯云密钥的账号才可登录。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="45" />
        <source>This Duoyungu account has no Tencent Cloud key bound. Bind a key on the Duoyungu website, then log in again.</source>
        <translation>该朵云谷账号未绑定腾讯云密钥。请先在朵云谷网站绑定密钥，再重新登录。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="50" />
        <source>This account is disabled.</source>
        <translation>该账号已被禁用。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="53" />
        <source>Too many failed logins. Please wait a moment and try again.</source>
        <translation>登录失败次数过多，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="56" />
        <source>Your session has expired. Please log in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="59" />
        <source>Please log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="60" />
        <source>Your account is not allowed to do this.</source>
        <translation>您的账号没有此操作的权限。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="63" />
        <source>No secure keyring is available on this system.</source>
        <translation>此系统没有可用的安全密钥环。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="66" />
        <source>The bucket does not exist.</source>
        <translation>存储桶不存在。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="69" />
        <source>The file does not exist (any more).</source>
        <translation>文件不存在（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="72" />
        <source>Please delete all files in the bucket before deleting it.</source>
        <translation>请删除桶下所有文件后删除</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="75" />
        <source>A bucket with this name already exists.</source>
        <translation>已存在同名的存储桶。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="78" />
        <source>The bucket name is not valid.</source>
        <translation>存储桶名称不合法。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="81" />
        <source>Unknown region.</source>
        <translation>未知地域。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="82" />
        <source>The name is not valid.</source>
        <translation>名称不合法。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="85" />
        <source>Access denied.</source>
        <translation>拒绝访问。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="86" />
        <source>The temporary storage keys expired. Please try again.</source>
        <translation>临时存储密钥已过期，请重试。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="89" />
        <source>The request signature was refused. Check the computer's clock.</source>
        <translation>请求签名被拒绝，请检查电脑时间。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="92" />
        <source>The storage service asks to slow down. Try later.</source>
        <translation>存储服务请求降低频率，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="95" />
        <source>Please select the files or folders to download.</source>
        <translation>请选择下载文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="98" />
        <source>Some items failed.</source>
        <translation>部分项目失败。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="99" />
        <source>The storage service refused the request.</source>
        <translation>存储服务拒绝了请求。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="102" />
        <source>The local file or folder does not exist.</source>
        <translation>本地文件或文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="105" />
        <source>No permission to read or write the local file.</source>
        <translation>没有读写本地文件的权限。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="108" />
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="109" />
        <source>Reading or writing a local file failed.</source>
        <translation>读写本地文件失败。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="112" />
        <source>The file changed while it was being sent.</source>
        <translation>文件在上传过程中被修改。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="115" />
        <source>The data arrived damaged (checksum mismatch). Retry.</source>
        <translation>数据校验失败（校验和不一致），请重试。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="118" />
        <source>The compressed file is damaged.</source>
        <translation>压缩文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="121" />
        <source>The archive contains unsafe paths and was not extracted.</source>
        <translation>压缩包中包含不安全的路径，未解压。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="124" />
        <source>The archive expands to an implausible size.</source>
        <translation>压缩包解压后的大小异常，已停止。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="127" />
        <source>This file format cannot be decompressed.</source>
        <translation>不支持解压此文件格式。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="130" />
        <source>The object name cannot be saved safely on this disk.</source>
        <translation>该对象名称无法安全地保存到本地磁盘。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="133" />
        <source>It already exists.</source>
        <translation>已存在。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="134" />
        <source>Two of the chosen files or folders have the same name and would be saved as the same object, the second replacing the first. Remove one, rename it, or upload it to another folder. Nothing was uploaded.</source>
        <translation>所选文件或文件夹中有两个同名，会保存为同一个对象，后一个会覆盖前一个。请移除或重命名其中一个，或将其上传到其他文件夹。未上传任何文件。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="140" />
        <source>The file is in archive storage: restore it before downloading it (restoring takes minutes to hours, depending on the mode).</source>
        <translation>文件处于归档存储中：请先恢复再下载（恢复需要几分钟到几小时，取决于恢复模式）。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="145" />
        <source>The file is being restored: download it once the restore is done.</source>
        <translation>文件正在恢复中：恢复完成后再下载。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="148" />
        <source>Another Gene Desk process (a command-line run) is running this transfer. Control it there, or wait until it ends.</source>
        <translation>另一个基因数据协作平台进程（命令行任务）正在执行此传输。请在那里操作，或等待其结束。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="153" />
        <source>The MD5 list cannot be used: a line or the file is not in a known format.</source>
        <translation>MD5清单无法使用：某行或整个文件的格式无法识别。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="156" />
        <source>Some files were uploaded without their MD5; compute it to list them.</source>
        <translation>部分文件上传时未记录MD5，需计算后才能列入清单。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="160" />
        <location filename="../../gene_desk/ui/errors_text.py" line="238" />
        <source>Unexpected error.</source>
        <translation>未知错误。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="166" />
        <source>Please enter a bucket name.</source>
        <translation>请输入存储桶名称。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="167" />
        <source>Use only lowercase letters, digits and '-'; the name cannot start or end with '-'.</source>
        <translation>只能使用小写字母、数字和“-”，且不能以“-”开头或结尾。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="172" />
        <source>The name is too long (at most {n} characters).</source>
        <translation>名称过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="178" />
        <source>Please enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="179" />
        <source>'.' and '..' cannot be used as names.</source>
        <translation>不能使用“.”或“..”作为名称。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="180" />
        <source>A name cannot contain '/' or '\'.</source>
        <translation>名称不能包含“/”或“\”。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="181" />
        <source>A name cannot contain control characters.</source>
        <translation>名称不能包含控制字符。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="184" />
        <source>The full path is too long for COS (850 bytes).</source>
        <translation>完整路径超过 COS 的长度限制（850 字节）。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="194" />
        <source>Too many failed logins. Try again in {n} seconds.</source>
        <translation>登录失败次数过多，请在 {n} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="200" />
        <source>request id: {id}</source>
        <translation>请求 ID：{id}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="206" />
        <source>Unexpected error: {name}</source>
        <translation>未知错误：{name}</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="189" />
        <source>This folder holds no compressed files.</source>
        <translation>此文件夹中没有压缩文件。</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="240" />
        <source>{text} ({code}, request id: {id})</source>
        <translation>{text}（{code}，请求 ID：{id}）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="243" />
        <source>{text} ({code})</source>
        <translation>{text}（{code}）</translation>
    </message>
</context>
<context>
    <name>instance</name>
    <message>
        <location filename="../../gene_desk/ui/instance.py" line="63" />
        <source>{app} is already running with this data folder ({folder}). Switch to its window, or quit it and start {app} again.</source>
        <translation>{app} 已在运行，正在使用此数据文件夹（{folder}）。请切换到它的窗口，或先退出它再重新启动 {app}。</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="44" />
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="46" />
        <location filename="../../gene_desk/ui/prompts.py" line="86" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="64" />
        <source>Operation failed</source>
        <translation>操作失败</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="81" />
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="162" />
        <location filename="../../gene_desk/ui/prompts.py" line="89" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>regions</name>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="83" />
        <source>use-chinese-region-names</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>storage_class</name>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="23" />
        <source>Standard</source>
        <translation>标准存储</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="24" />
        <source>Infrequent access</source>
        <translation>低频存储</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="25" />
        <source>Intelligent tiering</source>
        <translation>智能分层存储</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="26" />
        <source>Archive</source>
        <translation>归档存储</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="27" />
        <source>Deep archive</source>
        <translation>深度归档存储</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="28" />
        <source>Standard (multi-AZ)</source>
        <translation>标准存储（多 AZ）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="29" />
        <source>Infrequent access (multi-AZ)</source>
        <translation>低频存储（多 AZ）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="32" />
        <source>Intelligent tiering (multi-AZ)</source>
        <translation>智能分层存储（多 AZ）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="41" />
        <source>Expedited (1-5 minutes)</source>
        <translation>极速模式（1-5 分钟）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="42" />
        <source>Standard (3-5 hours; deep archive 12-24 hours)</source>
        <translation>标准模式（3-5 小时；深度归档 12-24 小时）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="45" />
        <source>Bulk (5-12 hours; deep archive 24-48 hours)</source>
        <translation>批量模式（5-12 小时；深度归档 24-48 小时）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="57" />
        <source>Archived</source>
        <translation>归档中</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="59" />
        <source>Restoring</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="60" />
        <source>Restored (until {date})</source>
        <translation>已恢复（至 {date}）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="72" />
        <source>Storage class</source>
        <translation>存储类型</translation>
    </message>
</context>
<context>
    <name>types</name>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="51" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="54" />
        <source>Folder archive (zstd)</source>
        <translation>文件夹压缩包（zstd）</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="55" />
        <source>Zstd compressed file</source>
        <translation>zstd 压缩文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="68" />
        <source>Gzip compressed file</source>
        <translation>gzip 压缩文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="69" />
        <source>Text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="75" />
        <source>{ext} file</source>
        <translation>{ext} 文件</translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="78" />
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
</TS>
