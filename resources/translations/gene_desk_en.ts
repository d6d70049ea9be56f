<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gene_desk/ui/about_dialog.py" line="25"/>
        <source>About Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/about_dialog.py" line="39"/>
        <source>Desktop client of the Duoyungu gene data collaboration platform: move sequencing data in and out of Tencent COS, compressed with zstd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/about_dialog.py" line="51"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/about_dialog.py" line="57"/>
        <source>Logged in as {account} ({company})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountColumns</name>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="234"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="235"/>
        <location filename="../../gene_desk/account/catalogue.py" line="475"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="161"/>
        <source>Cloud platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="236"/>
        <source>Product category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="237"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="85"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="238"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="69"/>
        <source>Amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="239"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="83"/>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="240"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="84"/>
        <source>Ordered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="241"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="93"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="242"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="72"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="96"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="35"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="37"/>
        <source>Payment account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="39"/>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="43"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="62"/>
        <source>Invoiceable amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="74"/>
        <source>Taxpayer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="75"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="76"/>
        <source>Mailing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="77"/>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="78"/>
        <source>Invoice remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="86"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="90"/>
        <source>Purchase duration (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="94"/>
        <source>Unit price (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="95"/>
        <source>Paid (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="107"/>
        <source>Refundable this month (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="113"/>
        <source>Account balance (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="119"/>
        <source>Invoiced recharges (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="125"/>
        <source>Invoiced and allocated (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="131"/>
        <source>Refund limit (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="135"/>
        <source>Refund payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="138"/>
        <source>Refund account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="140"/>
        <source>Bank information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="149"/>
        <source>Bill month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="153"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="165"/>
        <source>Last month&apos;s spend (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="157"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="168"/>
        <source>Balance (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="243"/>
        <source>Product information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="244"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="245"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="97"/>
        <source>Ordered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="246"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="51"/>
        <source>Recharge no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="247"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="55"/>
        <source>Recharge amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="248"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="58"/>
        <source>Recharged at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="249"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="59"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="73"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="99"/>
        <source>Completed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="250"/>
        <source>Invoice status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="251"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="252"/>
        <source>Allocation no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="253"/>
        <source>Allocated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="254"/>
        <source>Allocated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="255"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="256"/>
        <source>Allocated (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="257"/>
        <source>Received (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="258"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="170"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="259"/>
        <source>Coupon no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="260"/>
        <source>Coupon value (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="261"/>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="262"/>
        <source>Issued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="263"/>
        <source>Expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="264"/>
        <source>Used at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="265"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="266"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="67"/>
        <source>Invoice no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="267"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="68"/>
        <source>Applied at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="268"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="70"/>
        <source>Invoice title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="269"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="71"/>
        <source>Invoice type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="270"/>
        <source>Refund no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="271"/>
        <source>Refund amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="272"/>
        <source>Refund requested at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="273"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="274"/>
        <location filename="../../gene_desk/account/catalogue_details.py" line="98"/>
        <source>Ticket no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="275"/>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="276"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="277"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="278"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="279"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="280"/>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="281"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="282"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="283"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="284"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="285"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="286"/>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="287"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="288"/>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="289"/>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="290"/>
        <source>Role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="291"/>
        <source>Role description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="407"/>
        <source>Shared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="409"/>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="413"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="418"/>
        <source>Shared at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="477"/>
        <source>Compute (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="478"/>
        <source>Storage (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="479"/>
        <source>Network (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="480"/>
        <source>Security (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="481"/>
        <source>Other (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="483"/>
        <source>Total (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountEnums</name>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="49"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="50"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="51"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="52"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="53"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="57"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="58"/>
        <location filename="../../gene_desk/account/enums.py" line="83"/>
        <location filename="../../gene_desk/account/enums.py" line="111"/>
        <location filename="../../gene_desk/account/enums.py" line="116"/>
        <location filename="../../gene_desk/account/enums.py" line="142"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="59"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="65"/>
        <source>Not invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="66"/>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="70"/>
        <source>Not invoiceable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="77"/>
        <source>From balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="78"/>
        <source>With coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="82"/>
        <location filename="../../gene_desk/account/enums.py" line="91"/>
        <source>Allocating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="89"/>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="90"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="92"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="96"/>
        <source>Recharge invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="100"/>
        <source>Prepaid recharge invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="105"/>
        <source>Consumption invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="110"/>
        <location filename="../../gene_desk/account/enums.py" line="115"/>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="125"/>
        <source>Open public cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="127"/>
        <source>Recharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="128"/>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="129"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="130"/>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="131"/>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="135"/>
        <source>Open security configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="140"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="141"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="148"/>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="149"/>
        <source>To-do tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="153"/>
        <source>Tickets in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="155"/>
        <source>Completed tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="159"/>
        <source>Bill messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/enums.py" line="160"/>
        <source>Ticket messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountValues</name>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="223"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="224"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="227"/>
        <source>Main account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue.py" line="228"/>
        <source>Sub-account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="29"/>
        <source>Default account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/catalogue_details.py" line="143"/>
        <source>Refunds are once a month, and this month already has one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountWindow</name>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="84"/>
        <source>Account center - Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="89"/>
        <source>Account pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="94"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="94"/>
        <source>Account overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="96"/>
        <source>Billing center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="98"/>
        <source>Bill overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="99"/>
        <source>Consumption details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="100"/>
        <source>My orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="101"/>
        <source>Recharge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="102"/>
        <source>Last month&apos;s bill summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="103"/>
        <source>Allocation records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="104"/>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="105"/>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="106"/>
        <source>Invoice records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="107"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="108"/>
        <source>Refund records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="109"/>
        <source>Bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="113"/>
        <source>Tickets and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="114"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="114"/>
        <source>Message center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="117"/>
        <source>User management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="118"/>
        <source>User list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="118"/>
        <source>Role descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="120"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="120"/>
        <source>Share records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="145"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="160"/>
        <source>{name} ({account})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/window.py" line="242"/>
        <source>{page} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocationsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="216"/>
        <source>Allocation records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="220"/>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="221"/>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="223"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="226"/>
        <source>Allocated to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="228"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="230"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="73"/>
        <source>Restore...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="76"/>
        <source>Change storage class...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="104"/>
        <source>Storage class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="118"/>
        <source>Select archive or deep archive files to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="143"/>
        <source>{n} file(s) could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="147"/>
        <source>Restore started for {n} file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="149"/>
        <source>{n} file(s) were being restored already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="159"/>
        <source>Select the files whose storage class to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="190"/>
        <source>The storage class of {n} file(s) could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="239"/>
        <source>The file is archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_actions.py" line="240"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillOverviewPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="102"/>
        <source>Account balance (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="103"/>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="107"/>
        <source>Recharged this month (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="108"/>
        <source>Recharge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="112"/>
        <source>Allocated this month (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="113"/>
        <source>Allocation records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="117"/>
        <source>Coupons (pieces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="118"/>
        <source>Manage coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="129"/>
        <source>Note: the consumption overview is updated with a delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="132"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="139"/>
        <source>Cloud platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="139"/>
        <source>Consumption overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="142"/>
        <source>Product category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="142"/>
        <source>Product overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="154"/>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="212"/>
        <source>Bill overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="166"/>
        <source>Note: last month&apos;s details can be queried from the 10th.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="171"/>
        <source>Last month&apos;s bill summary and balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="175"/>
        <source>Last month&apos;s bill summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="252"/>
        <source>{month}: spent {spent} CNY, balance {balance} CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="265"/>
        <source>Total of {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="267"/>
        <source>Consumption overview of {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="273"/>
        <source>Product overview of {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/bill_overview.py" line="279"/>
        <source>Total of {month}: ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillTableModel</name>
    <message>
        <location filename="../../gene_desk/ui/account/models.py" line="255"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <location filename="../../gene_desk/ui/account/breakdown_chart.py" line="148"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BucketTreeModel</name>
    <message>
        <location filename="../../gene_desk/ui/bucket_model.py" line="269"/>
        <source>Bucket / folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/bucket_model.py" line="269"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeClassDialog</name>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="99"/>
        <source>Change storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="103"/>
        <source>Change the storage class of {count} file(s). Each file is copied onto itself with the new class. Archive and deep archive files must be restored first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="111"/>
        <source>Storage class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="115"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="115"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudTiles</name>
    <message>
        <location filename="../../gene_desk/ui/account/cloud_tiles.py" line="35"/>
        <source>Cloud operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/cloud_tiles.py" line="37"/>
        <source>Cloud platforms opened in Duoyungu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/cloud_tiles.py" line="39"/>
        <source>These cloud resources need to be opened first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/cloud_tiles.py" line="43"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/cloud_tiles.py" line="70"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/cloud_tiles.py" line="70"/>
        <source>Not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/cloud_tiles.py" line="80"/>
        <source>{platform}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodecDialog</name>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="238"/>
        <source>Compress files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="238"/>
        <source>Decompress files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="240"/>
        <source>Start compressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="240"/>
        <source>Start decompressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="243"/>
        <source>Files become NAME.zst and folders NAME.tar.zst in the output folder (zstd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="253"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="258"/>
        <source>Compress to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="258"/>
        <source>Extract to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="268"/>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="246"/>
        <source>Supported: .zst, .tar.zst, .gz, .tar.gz, .bz2, .xz, .tar and .zip. Archives are checked for unsafe paths before anything is written. A folder: every compressed file in it, into a folder of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsumptionPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="77"/>
        <source>Consumption details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="82"/>
        <location filename="../../gene_desk/ui/account/lists.py" line="84"/>
        <source>Any month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="86"/>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="87"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="90"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="92"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="94"/>
        <source>First month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="95"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="96"/>
        <source>Cloud platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="98"/>
        <source>Product category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="103"/>
        <source>Note: last month&apos;s details can be queried from the 10th.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="125"/>
        <source>The first month is after the last month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="141"/>
        <source>Total: ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="271"/>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="282"/>
        <source>Coupon usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="287"/>
        <source>Coupons are valid for 30 days from issue, can only be used on 中金云 and are allocated without discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="300"/>
        <source>No coupons at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateBucketDialog</name>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="70"/>
        <source>Create bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="73"/>
        <source>lowercase letters, digits and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="84"/>
        <source>The name is unique within your account; the region cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="93"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="95"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="99"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="127"/>
        <source>{left} of {max} characters left in this region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateFolderDialog</name>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="145"/>
        <source>Create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="147"/>
        <source>In: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="150"/>
        <source>Folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="152"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="156"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="363"/>
        <location filename="../../gene_desk/ui/account/widgets.py" line="365"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="366"/>
        <location filename="../../gene_desk/ui/account/widgets.py" line="368"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="372"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatedListPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="445"/>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="451"/>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletePrompt</name>
    <message>
        <location filename="../../gene_desk/ui/delete_prompt.py" line="56"/>
        <source>Delete the {n} selected file(s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/delete_prompt.py" line="64"/>
        <source>Delete {folders} empty folder(s) ({names})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/delete_prompt.py" line="68"/>
        <source>Delete {folders} folder(s) ({names}) and all in them: {n}{more} file(s), {size}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/delete_prompt.py" line="79"/>
        <source>The {n} selected file(s) are deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailDialog</name>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="361"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPages</name>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="391"/>
        <source>Invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="402"/>
        <source>Order {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="419"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="421"/>
        <source>View details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="398"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="403"/>
        <source>CSV (.csv)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="406"/>
        <source>Excel workbook (.xlsx)...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="77"/>
        <source>{caption}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoBoxes</name>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="103"/>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="107"/>
        <source>Current role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="108"/>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="109"/>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="110"/>
        <source>Account type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="111"/>
        <source>Last login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="112"/>
        <source>IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="122"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="126"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="127"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="128"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_cards.py" line="129"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceablePanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="288"/>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="296"/>
        <source>Recharge invoices can be asked for on the Duoyungu portal; invoiced balance can only be allocated, not refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="309"/>
        <source>Invoiceable amount: ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="308"/>
        <source>Invoice records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="312"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="315"/>
        <source>Invoice type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="274"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="275"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="276"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="277"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="278"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="279"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="281"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="291"/>
        <location filename="../../gene_desk/ui/jobs_model.py" line="292"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="293"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="294"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="295"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="296"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="297"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="302"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="303"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="304"/>
        <source>Compress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="305"/>
        <source>Decompress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="326"/>
        <source>Sync upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="326"/>
        <source>Sync download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="330"/>
        <location filename="../../gene_desk/ui/jobs_model.py" line="388"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="367"/>
        <source>{ok}/{total} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="370"/>
        <source>{n} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="372"/>
        <source>{n} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="404"/>
        <source>Not uploaded: the file is already in the bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_model.py" line="280"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="71"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="72"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="73"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="74"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="113"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="114"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="115"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="116"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="117"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="118"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="119"/>
        <source>Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="120"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="200"/>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="255"/>
        <source>Some of the selected tasks are not finished. Stop and remove them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="272"/>
        <source>Export the list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/jobs_panel.py" line="268"/>
        <source>Exported {n} rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastMonthChart</name>
    <message>
        <location filename="../../gene_desk/ui/account/last_month_chart.py" line="31"/>
        <source>Last month&apos;s bill summary and balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/last_month_chart.py" line="43"/>
        <source>Spent last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/last_month_chart.py" line="45"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastMonthPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="194"/>
        <source>Last month&apos;s bill summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="202"/>
        <source>Platforms last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="209"/>
        <source>The discount is the platform&apos;s contract discount: an allocation of X yuan arrives as X / discount. Only 中金云&apos;s balance is kept by Duoyungu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="123"/>
        <source>Right-click a column header to show more columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="131"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="213"/>
        <source>More columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="334"/>
        <source>Only the main account can see this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="360"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="360"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="363"/>
        <source>Export {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="398"/>
        <source>Exporting... {done} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="406"/>
        <source>Exported {n} rows to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="415"/>
        <source>Export failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/list_panel.py" line="421"/>
        <source>Exporting...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="58"/>
        <source>Log in - Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="66"/>
        <source>Log in with your Duoyungu account. Only accounts with Tencent Cloud opened and a key bound can use this platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="75"/>
        <source>Duoyungu account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="79"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="80"/>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="91"/>
        <source>No secure keyring (password store) was found on this system, so Gene Desk will not remember your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="97"/>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="98"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="108"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="111"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/login.py" line="150"/>
        <source>Logging in...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="66"/>
        <source>Gene Data Collaboration Platform - Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="96"/>
        <source>Search by name prefix in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="87"/>
        <source>Logged in: {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="88"/>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="102"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="135"/>
        <source>Transfer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="109"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="142"/>
        <source>Compression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="47"/>
        <source>Bucket...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="53"/>
        <source>Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="60"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="63"/>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="66"/>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="28"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="69"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="194"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="212"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="290"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="76"/>
        <source>Upload files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="83"/>
        <source>Download files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="90"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="97"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="104"/>
        <source>Verify MD5...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="109"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="280"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="320"/>
        <source>Export MD5 list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="114"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="121"/>
        <source>Compress files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="128"/>
        <source>Decompress files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="149"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="164"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="171"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="177"/>
        <source>Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="180"/>
        <source>About Gene Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="182"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/quit.py" line="66"/>
        <location filename="../../gene_desk/ui/flows/quit.py" line="67"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="184"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="191"/>
        <location filename="../../gene_desk/ui/window_actions.py" line="205"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="199"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="238"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="250"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="253"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="258"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="239"/>
        <source>Choose a bucket on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="277"/>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="279"/>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="281"/>
        <source>{n} items loaded, scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="288"/>
        <source>Choose a bucket on the left to see its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="294"/>
        <source>No names start with “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/browser_pane.py" line="300"/>
        <source>This folder is empty. Upload files or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/create.py" line="102"/>
        <source>Bucket created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/create.py" line="45"/>
        <location filename="../../gene_desk/ui/flows/delete.py" line="86"/>
        <location filename="../../gene_desk/ui/flows/md5.py" line="191"/>
        <location filename="../../gene_desk/ui/flows/transfers.py" line="27"/>
        <location filename="../../gene_desk/ui/main_window.py" line="243"/>
        <source>Please choose a bucket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/create.py" line="118"/>
        <source>Folder created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="50"/>
        <source>Please select the files or folders to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="60"/>
        <source>Please select the files to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="71"/>
        <source>Please select the folders to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="223"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="225"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="99"/>
        <source>Counting what will be deleted...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="108"/>
        <source>Counting what will be deleted... {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="121"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="133"/>
        <source>Deleting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="183"/>
        <location filename="../../gene_desk/ui/flows/delete.py" line="218"/>
        <source>Deleted successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="188"/>
        <source>{ok} deleted, {failed} could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="172"/>
        <source>Delete cancelled; {n} object(s) were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="160"/>
        <source>Deleting... {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/delete.py" line="204"/>
        <source>Delete the bucket {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/transfers.py" line="180"/>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="273"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="276"/>
        <source>Upload files here...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="312"/>
        <source>Upload files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="316"/>
        <source>New folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="326"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="330"/>
        <source>Delete folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="335"/>
        <source>Delete bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="359"/>
        <source>{n} unfinished transfer(s) from last time are resuming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/main_window.py" line="365"/>
        <source>{n} unfinished compression task(s) from last time are resuming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/quit.py" line="61"/>
        <source>Transfers or compression tasks are still running. Quit anyway? Unfinished transfers continue the next time you start Gene Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/window_actions.py" line="156"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/preview.py" line="38"/>
        <source>Please choose one file to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/share.py" line="37"/>
        <source>Please choose one file to share.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Md5Flow</name>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="47"/>
        <source>Choose the MD5 list of the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="53"/>
        <location filename="../../gene_desk/ui/flows/md5.py" line="123"/>
        <location filename="../../gene_desk/ui/flows/md5.py" line="143"/>
        <source>Verify MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="125"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="144"/>
        <source>The folder {folder} came with an MD5 list ({file}). Check its files against it before uploading?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="155"/>
        <source>Check first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="158"/>
        <source>Upload without checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="197"/>
        <source>Save the MD5 list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="219"/>
        <source>Export MD5 list: {count} objects read...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="237"/>
        <source>{count} files were uploaded without their MD5. Compute it by reading them from COS ({size})? Nothing is saved to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="242"/>
        <location filename="../../gene_desk/ui/flows/md5.py" line="279"/>
        <source>Export MD5 list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="243"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="272"/>
        <source>The MD5 list of {count} files was saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="276"/>
        <source>{count} objects have no MD5 and are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Md5ResultDialog</name>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="52"/>
        <source>Checking the files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="59"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="63"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="65"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="65"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="65"/>
        <source>Expected MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="65"/>
        <source>Actual MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="76"/>
        <source>Lines that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="82"/>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="85"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="107"/>
        <source>Checking the files... {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="112"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="113"/>
        <source>MD5 differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="114"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="115"/>
        <source>Cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="116"/>
        <source>Not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="121"/>
        <source>not an MD5 line (GNU, BSD or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="122"/>
        <source>unknown escape in the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="123"/>
        <source>the name points outside the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="124"/>
        <source>no file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="125"/>
        <source>listed again with another MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="126"/>
        <source>expected two columns: a file name and an MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="132"/>
        <source>{ok} OK, {bad} differ, {missing} missing, {unreadable} cannot be read, {extra} not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="142"/>
        <source>All listed files match {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="144"/>
        <source>The files do not match {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="161"/>
        <source>Line {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="171"/>
        <location filename="../../gene_desk/ui/md5_dialog.py" line="172"/>
        <source>Upload anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="434"/>
        <source>Message center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="438"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="441"/>
        <source>Read and unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="441"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="441"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="446"/>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="448"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="457"/>
        <source>Message content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="459"/>
        <source>Select a message to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectListModel</name>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="265"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="266"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="267"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="268"/>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="269"/>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/object_model.py" line="270"/>
        <source>Restore status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="152"/>
        <source>My orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="156"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="159"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <location filename="../../gene_desk/ui/account/overview_charts.py" line="33"/>
        <source>{year}-{month:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_charts.py" line="39"/>
        <source>{year}
{month:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview_charts.py" line="45"/>
        <source>{month}: {amount} CNY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="88"/>
        <source>Account balance (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="89"/>
        <source>中金云 balance (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="90"/>
        <source>Frozen amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="91"/>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="91"/>
        <source>Manage coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="94"/>
        <source>Estimated cost this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="95"/>
        <source>Billing center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="102"/>
        <source>Spent this month (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="105"/>
        <source>Spent last month (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="106"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="120"/>
        <source>Recent consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="123"/>
        <location filename="../../gene_desk/ui/account/overview.py" line="125"/>
        <source>Monthly bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="130"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="133"/>
        <source>More monthly bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="162"/>
        <source>Account overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="170"/>
        <source>Spent last month ({month})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="179"/>
        <source>Hello, {name}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="181"/>
        <source>&lt;a href=&quot;messages&quot;&gt;{n} unread messages&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/overview.py" line="190"/>
        <source>{n} coupons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="199"/>
        <source>Rows per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="201"/>
        <source>{n} / page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="206"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="211"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="215"/>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="221"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="256"/>
        <source>{n} rows in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="257"/>
        <source>of {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathListDialog</name>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="65"/>
        <source>Choose files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="66"/>
        <source>Choose folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="67"/>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="82"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="82"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="82"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="84"/>
        <source>Compress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="88"/>
        <source>No files chosen yet. Choose files or a folder above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="97"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="174"/>
        <source>Choose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="178"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="79"/>
        <source>Chosen files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentAccountsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="318"/>
        <source>Bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="323"/>
        <source>Refunds go to the default account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="33"/>
        <source>Preview: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="35"/>
        <source>Reading the start of the file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="39"/>
        <source>Preview summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="43"/>
        <source>File facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="47"/>
        <source>Preview text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="53"/>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="55"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="70"/>
        <source>Preview failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="86"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="91"/>
        <source>FASTQ: {reads} reads in the part read, length {low}-{high}, quality {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="99"/>
        <source>Paired file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="101"/>
        <source>No paired file found next to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="106"/>
        <source>{kind} version {version}: only the version can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="110"/>
        <source>{kind} header: version {version}, {refs} references, {rg} read groups, {pg} programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="120"/>
        <source>Text: {header} header lines, first {lines} lines shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="124"/>
        <source>Archived: restore the file to preview its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="125"/>
        <source>No preview for this type of file: its facts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="130"/>
        <source>the zstd data is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="131"/>
        <source>the gzip data is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="132"/>
        <source>the content cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="133"/>
        <source>it is not a valid BAM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="134"/>
        <source>it is not a valid CRAM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="135"/>
        <source>it is not a valid FASTQ file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="136"/>
        <source>the file ends in the middle of its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="139"/>
        <source>Damaged: {reason} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="145"/>
        <source>Size {size}, type {type}, storage class {cls}, CRC-64 {crc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="152"/>
        <source>Read {read} of the file, decoded as {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="154"/>
        <source>plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="157"/>
        <source>Showing {name} from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="162"/>
        <source>Files in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="163"/>
        <source>First reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="164"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="165"/>
        <source>First lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="166"/>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="167"/>
        <source>Read groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="168"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/preview_dialog.py" line="169"/>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RechargesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="180"/>
        <source>Recharge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="185"/>
        <source>All invoice states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="189"/>
        <source>Invoice status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundablePanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="234"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="251"/>
        <source>Refundable this month = account balance - (invoiced recharges - invoiced and allocated), at most 10000.00, once a month. Refunds are requested on the Duoyungu portal and go to the default bank account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/detail_pages.py" line="270"/>
        <source>Refundable this month: ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="338"/>
        <source>Refund records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="45"/>
        <source>Restore archived files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="49"/>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="52"/>
        <source>Restore {count} file(s): {names}
A restored copy can be downloaded until it expires; the archived file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="60"/>
        <source>Days the restored copy lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="63"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="66"/>
        <source>Restore mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="74"/>
        <source>Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="75"/>
        <source>Restore mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="80"/>
        <source>Deep archive files have no expedited mode: they use standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="84"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/archive_dialogs.py" line="84"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="520"/>
        <source>Role descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="525"/>
        <source>Roles are created by Duoyungu; this page only describes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="532"/>
        <source>Only the main account can see the role descriptions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="40"/>
        <source>Compress uploads by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="42"/>
        <source>Record each file&apos;s MD5 on upload (for MD5 lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="46"/>
        <source>Needed to export an MD5 list for a submission without downloading. Costs CPU: compressed uploads on few cores are slower with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="63"/>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="68"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="75"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="80"/>
        <source>Files and parts in parallel apply to transfers started after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="87"/>
        <source>Compression level (1-19):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="88"/>
        <source>Files in parallel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="89"/>
        <source>Parts in parallel per file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="90"/>
        <source>Bandwidth limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="91"/>
        <source>Default download folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="92"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="96"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/settings_dialog.py" line="108"/>
        <source>Default download folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="45"/>
        <source>Share: {name}</source>
        <extracomment>the person asked for a link lasting this many seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="50"/>
        <source>Link expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="54"/>
        <location filename="../../gene_desk/ui/share_dialog.py" line="56"/>
        <source>Generate link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="64"/>
        <source>Share link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="66"/>
        <source>Press Generate link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="67"/>
        <location filename="../../gene_desk/ui/share_dialog.py" line="69"/>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="77"/>
        <source>Link expires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="78"/>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="81"/>
        <source>Choose how long the link works, then press Generate link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="83"/>
        <source>Share status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="87"/>
        <source>How to open the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="93"/>
        <location filename="../../gene_desk/ui/share_dialog.py" line="95"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="106"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="107"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="108"/>
        <source>3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="109"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="111"/>
        <source>{hours} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="120"/>
        <source>Generating the link...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="130"/>
        <source>Anyone with this link can download the file until {time} (China time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/share_dialog.py" line="158"/>
        <source>Link copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareModel</name>
    <message>
        <location filename="../../gene_desk/ui/account/breakdown_chart.py" line="107"/>
        <source>Amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/breakdown_chart.py" line="108"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharesPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/share_records.py" line="30"/>
        <source>Share records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/share_records.py" line="37"/>
        <source>Links made with Share on a file. The links themselves are not kept: copy a link when you make it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../gene_desk/account/sharing.py" line="92"/>
        <source>The recipient gets the compressed file {name}. To open it: zstd -d {name} (Linux, macOS); on Windows an archiver that reads zstd, such as 7-Zip with zstd support or PeaZip.</source>
        <extracomment>the expiries the window offers, in seconds (1小时, 1天, 3天, 7天) how the recipient opens a compressed download, per form (English source; the window translates it in context &quot;Sharing&quot;, the CLI prints it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/account/sharing.py" line="98"/>
        <source>The recipient gets the compressed folder archive {name}. To open it: tar --zstd -xf {name} (or zstd -d {name}, then tar -xf); on Windows an archiver that reads zstd, such as 7-Zip with zstd support or PeaZip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateOverlay</name>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="91"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="94"/>
        <source>Log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="149"/>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="152"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/widgets.py" line="161"/>
        <source>Sub-accounts cannot see it. Ask the main account of your company.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="78"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="87"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="88"/>
        <source>Local folder → bucket (upload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="89"/>
        <source>Bucket → local folder (download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="92"/>
        <source>Local folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="93"/>
        <source>Choose folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="103"/>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="203"/>
        <source>Compress with zstd (already-compressed formats are sent as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="108"/>
        <source>Leave out {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="114"/>
        <source>Only include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="115"/>
        <source>e.g. *.fastq lane1/** (space separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="118"/>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="119"/>
        <source>e.g. *.log tmp/ (space separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="120"/>
        <source>Delete files that are only in the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="124"/>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="125"/>
        <source>Local folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="126"/>
        <source>Bucket folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="127"/>
        <source>Only include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="128"/>
        <source>Exclude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="133"/>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="210"/>
        <source>Compare to see what the sync will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="138"/>
        <source>Sync plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="141"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="141"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="141"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="141"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="149"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="153"/>
        <source>Start sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="156"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="195"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="200"/>
        <source>Decompress Gene Desk .zst files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="232"/>
        <source>New: {new}   Changed: {changed}   Unchanged: {unchanged}   Only in the destination: {extra}   To transfer: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="236"/>
        <source>Files only in the destination are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="238"/>
        <source>{n} file(s) cannot be synced; see the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="242"/>
        <source>Everything is in sync: nothing to transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="249"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="250"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="251"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="252"/>
        <source>Only in destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/sync_dialog.py" line="258"/>
        <source>Cannot sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncFlow</name>
    <message>
        <location filename="../../gene_desk/ui/flows/sync.py" line="137"/>
        <source>Comparing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/sync.py" line="168"/>
        <source>Everything is in sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/sync.py" line="173"/>
        <source>Delete {n} file(s) that are only in the destination?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/sync.py" line="176"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/sync.py" line="180"/>
        <source>Starting...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="360"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="366"/>
        <source>Ticket status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="372"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="375"/>
        <source>Ticket type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferStatusLabel</name>
    <message>
        <location filename="../../gene_desk/ui/transfer_status.py" line="76"/>
        <source>{n} transfer(s) running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadConflictDialog</name>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="36"/>
        <source>File already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="43"/>
        <source>The same file is already in the bucket as {existing} (with or without .zst compression). What should happen to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="47"/>
        <source>{existing} already exists. What should happen to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="54"/>
        <source>Apply to all ({n} more conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="56"/>
        <source>Apply to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="62"/>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="64"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="65"/>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/upload_conflict_dialog.py" line="66"/>
        <source>The new file gets a new name, such as &quot;name (1)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="213"/>
        <source>Upload files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="214"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/path_list_dialogs.py" line="219"/>
        <source>Upload to: {target}
Files are compressed with zstd by default (.zst; a folder becomes one .tar.zst); untick Compress to send an item as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="501"/>
        <source>User list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/account/lists.py" line="511"/>
        <source>Only the main account can see the user list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RequestDialog</name>
    <message>
        <location filename="../../gene_desk/ui/create_dialogs.py" line="38"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="18"/>
        <source>The server cannot be reached. Check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="21"/>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="24"/>
        <source>The server had an internal error. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="27"/>
        <source>The server sent an answer Gene Desk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="30"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="31"/>
        <source>The request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="34"/>
        <source>Internal error. Please report it with the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="37"/>
        <source>Wrong account or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="40"/>
        <source>This Duoyungu account has not opened Tencent Cloud. Only accounts with Tencent Cloud opened and a key bound can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="45"/>
        <source>This Duoyungu account has no Tencent Cloud key bound. Bind a key on the Duoyungu website, then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="50"/>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="53"/>
        <source>Too many failed logins. Please wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="56"/>
        <source>Your session has expired. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="59"/>
        <source>Please log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="60"/>
        <source>Your account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="63"/>
        <source>No secure keyring is available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="66"/>
        <source>The bucket does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="69"/>
        <source>The file does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="72"/>
        <source>Please delete all files in the bucket before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="75"/>
        <source>A bucket with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="78"/>
        <source>The bucket name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="81"/>
        <source>Unknown region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="82"/>
        <source>The name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="85"/>
        <source>Access denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="86"/>
        <source>The temporary storage keys expired. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="89"/>
        <source>The request signature was refused. Check the computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="92"/>
        <source>The storage service asks to slow down. Try later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="95"/>
        <source>Please select the files or folders to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="98"/>
        <source>Some items failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="99"/>
        <source>The storage service refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="102"/>
        <source>The local file or folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="105"/>
        <source>No permission to read or write the local file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="108"/>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="109"/>
        <source>Reading or writing a local file failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="112"/>
        <source>The file changed while it was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="115"/>
        <source>The data arrived damaged (checksum mismatch). Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="118"/>
        <source>The compressed file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="121"/>
        <source>The archive contains unsafe paths and was not extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="124"/>
        <source>The archive expands to an implausible size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="127"/>
        <source>This file format cannot be decompressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="130"/>
        <source>The object name cannot be saved safely on this disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="133"/>
        <source>It already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="134"/>
        <source>Two of the chosen files or folders have the same name and would be saved as the same object, the second replacing the first. Remove one, rename it, or upload it to another folder. Nothing was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="140"/>
        <source>The file is in archive storage: restore it before downloading it (restoring takes minutes to hours, depending on the mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="145"/>
        <source>The file is being restored: download it once the restore is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="148"/>
        <source>Another Gene Desk process (a command-line run) is running this transfer. Control it there, or wait until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="153"/>
        <source>The MD5 list cannot be used: a line or the file is not in a known format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="156"/>
        <source>Some files were uploaded without their MD5; compute it to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="160"/>
        <location filename="../../gene_desk/ui/errors_text.py" line="238"/>
        <source>Unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="166"/>
        <source>Please enter a bucket name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="167"/>
        <source>Use only lowercase letters, digits and &apos;-&apos;; the name cannot start or end with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="172"/>
        <source>The name is too long (at most {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="178"/>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="179"/>
        <source>&apos;.&apos; and &apos;..&apos; cannot be used as names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="180"/>
        <source>A name cannot contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="181"/>
        <source>A name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="184"/>
        <source>The full path is too long for COS (850 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="194"/>
        <source>Too many failed logins. Try again in {n} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="200"/>
        <source>request id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="206"/>
        <source>Unexpected error: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="240"/>
        <source>{text} ({code}, request id: {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="243"/>
        <source>{text} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/errors_text.py" line="189"/>
        <source>This folder holds no compressed files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>instance</name>
    <message>
        <location filename="../../gene_desk/ui/instance.py" line="63"/>
        <source>{app} is already running with this data folder ({folder}). Switch to its window, or quit it and start {app} again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="44"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="46"/>
        <location filename="../../gene_desk/ui/prompts.py" line="86"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="64"/>
        <source>Operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/prompts.py" line="81"/>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/flows/md5.py" line="162"/>
        <location filename="../../gene_desk/ui/prompts.py" line="89"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regions</name>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="83"/>
        <source>use-chinese-region-names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage_class</name>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="23"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="24"/>
        <source>Infrequent access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="25"/>
        <source>Intelligent tiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="26"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="27"/>
        <source>Deep archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="28"/>
        <source>Standard (multi-AZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="29"/>
        <source>Infrequent access (multi-AZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="32"/>
        <source>Intelligent tiering (multi-AZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="41"/>
        <source>Expedited (1-5 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="42"/>
        <source>Standard (3-5 hours; deep archive 12-24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="45"/>
        <source>Bulk (5-12 hours; deep archive 24-48 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="57"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="59"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="60"/>
        <source>Restored (until {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/storage_class_ui.py" line="72"/>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>types</name>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="51"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="54"/>
        <source>Folder archive (zstd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="55"/>
        <source>Zstd compressed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="68"/>
        <source>Gzip compressed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="69"/>
        <source>Text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="75"/>
        <source>{ext} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gene_desk/ui/formatting.py" line="78"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
