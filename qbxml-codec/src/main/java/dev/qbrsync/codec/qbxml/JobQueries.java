package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.quickbooks.QbxmlVersion;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every qbXML query a job may send, with the version that introduced it and the version from which it takes an
 * iterator (none for most lists and every report: EmployeeQueryRq, AccountQueryRq and the ...ReportQueryRq never do).
 * Read from Intuit's request templates for qbXML 2.0 to 14.0: the first template with the request, and the first whose
 * request carries the {@code iterator} and {@code iteratorID} attributes. Only queries: nothing a job sends can change
 * a company file.
 */
final class JobQueries {

    /** A query and the versions that brought it and its iterator; {@code pagedFrom} is null without an iterator. */
    record Query(String element, QbxmlVersion since, QbxmlVersion pagedFrom) {

        boolean existsIn(QbxmlVersion version) {
            return version.compareTo(since) >= 0;
        }

        boolean pagesIn(QbxmlVersion version) {
            return pagedFrom != null && version.compareTo(pagedFrom) >= 0;
        }
    }

    private static final Map<String, Query> QUERIES = Stream.of(
            query("ARRefundCreditCardQueryRq", 5, 0, 5, 0),
            query("AccountQueryRq", 2, 0, 0, 0),
            query("AccountTaxLineInfoQueryRq", 7, 0, 0, 0),
            query("AgingReportQueryRq", 2, 0, 0, 0),
            query("AlertQueryRq", 5, 0, 0, 0),
            query("BarCodeQueryRq", 12, 0, 12, 0),
            query("BillPaymentCheckQueryRq", 2, 0, 5, 0),
            query("BillPaymentCreditCardQueryRq", 2, 0, 5, 0),
            query("BillQueryRq", 2, 0, 5, 0),
            query("BillToPayQueryRq", 2, 0, 0, 0),
            query("BillingRateQueryRq", 6, 0, 0, 0),
            query("BudgetSummaryReportQueryRq", 3, 0, 0, 0),
            query("BuildAssemblyQueryRq", 5, 0, 5, 0),
            query("ChargeQueryRq", 2, 0, 5, 0),
            query("CheckQueryRq", 2, 0, 5, 0),
            query("ClassQueryRq", 2, 0, 0, 0),
            query("CompanyActivityQueryRq", 2, 0, 0, 0),
            query("CompanyQueryRq", 2, 0, 0, 0),
            query("CreditCardChargeQueryRq", 2, 0, 5, 0),
            query("CreditCardCreditQueryRq", 2, 0, 5, 0),
            query("CreditMemoQueryRq", 2, 0, 5, 0),
            query("CurrencyQueryRq", 5, 0, 0, 0),
            query("CustomDetailReportQueryRq", 2, 0, 0, 0),
            query("CustomSummaryReportQueryRq", 2, 0, 0, 0),
            query("CustomerMsgQueryRq", 2, 0, 0, 0),
            query("CustomerQueryRq", 2, 0, 5, 0),
            query("CustomerTypeQueryRq", 2, 0, 0, 0),
            query("DataEventRecoveryInfoQueryRq", 3, 0, 0, 0),
            query("DataEventSubscriptionQueryRq", 3, 0, 0, 0),
            query("DataExtDefQueryRq", 2, 0, 0, 0),
            query("DateDrivenTermsQueryRq", 2, 0, 0, 0),
            query("DepositQueryRq", 2, 0, 5, 0),
            query("EmployeeDefaultQueryRq", 5, 0, 0, 0),
            query("EmployeeQueryRq", 2, 0, 0, 0),
            query("EntityQueryRq", 2, 0, 5, 0),
            query("EstimateQueryRq", 2, 0, 5, 0),
            query("GeneralDetailReportQueryRq", 2, 0, 0, 0),
            query("GeneralSummaryReportQueryRq", 2, 0, 0, 0),
            query("HostQueryRq", 2, 0, 0, 0),
            query("InventoryAdjustmentQueryRq", 2, 0, 5, 0),
            query("InventorySiteQueryRq", 10, 0, 0, 0),
            query("InvoiceQueryRq", 2, 0, 5, 0),
            query("ItemAssembliesCanBuildQueryRq", 5, 0, 0, 0),
            query("ItemDiscountQueryRq", 2, 0, 5, 0),
            query("ItemFixedAssetQueryRq", 3, 0, 5, 0),
            query("ItemGroupQueryRq", 2, 0, 5, 0),
            query("ItemInventoryAssemblyQueryRq", 2, 0, 5, 0),
            query("ItemInventoryQueryRq", 2, 0, 5, 0),
            query("ItemNonInventoryQueryRq", 2, 0, 5, 0),
            query("ItemOtherChargeQueryRq", 2, 0, 5, 0),
            query("ItemPaymentQueryRq", 2, 0, 5, 0),
            query("ItemQueryRq", 2, 0, 5, 0),
            query("ItemReceiptQueryRq", 3, 0, 5, 0),
            query("ItemSalesTaxGroupQueryRq", 2, 0, 5, 0),
            query("ItemSalesTaxQueryRq", 2, 0, 5, 0),
            query("ItemServiceQueryRq", 2, 0, 5, 0),
            query("ItemSitesQueryRq", 10, 0, 10, 0),
            query("ItemSubtotalQueryRq", 2, 0, 5, 0),
            query("JobReportQueryRq", 2, 0, 0, 0),
            query("JobTypeQueryRq", 2, 0, 0, 0),
            query("JournalEntryQueryRq", 2, 0, 5, 0),
            query("LeadQueryRq", 13, 0, 13, 0),
            query("ListDeletedQueryRq", 2, 0, 0, 0),
            query("OtherNameQueryRq", 2, 0, 0, 0),
            query("PaycheckQueryRq", 5, 0, 0, 0),
            query("PaymentMethodQueryRq", 2, 0, 0, 0),
            query("PayrollDetailReportQueryRq", 3, 0, 0, 0),
            query("PayrollItemNonWageQueryRq", 3, 0, 0, 0),
            query("PayrollItemQueryRq", 5, 0, 0, 0),
            query("PayrollItemWageQueryRq", 2, 0, 0, 0),
            query("PayrollLastPeriodQueryRq", 8, 0, 0, 0),
            query("PayrollLiabilityAdjustmentQueryRq", 5, 0, 0, 0),
            query("PayrollLiabilityCheckQueryRq", 5, 0, 0, 0),
            query("PayrollPriorPaymentQueryRq", 5, 0, 0, 0),
            query("PayrollSummaryReportQueryRq", 3, 0, 0, 0),
            query("PayrollYearToDateAdjustmentQueryRq", 5, 0, 0, 0),
            query("PreferencesQueryRq", 2, 0, 0, 0),
            query("PriceLevelQueryRq", 4, 0, 0, 0),
            query("PurchaseOrderQueryRq", 2, 0, 5, 0),
            query("ReceivePaymentQueryRq", 2, 0, 5, 0),
            query("ReceivePaymentToDepositQueryRq", 2, 0, 0, 0),
            query("SalesOrderQueryRq", 3, 0, 5, 0),
            query("SalesReceiptQueryRq", 2, 0, 5, 0),
            query("SalesRepQueryRq", 2, 0, 0, 0),
            query("SalesTaxCodeQueryRq", 2, 0, 0, 0),
            query("SalesTaxPayableQueryRq", 10, 0, 0, 0),
            query("SalesTaxPaymentCheckQueryRq", 2, 0, 5, 0),
            query("SalesTaxReturnLineQueryRq", 8, 0, 0, 0),
            query("SalesTaxReturnQueryRq", 8, 0, 0, 0),
            query("ShipMethodQueryRq", 2, 0, 0, 0),
            query("StandardTermsQueryRq", 2, 0, 0, 0),
            query("TaxCodeQueryRq", 5, 0, 0, 0),
            query("TemplateQueryRq", 3, 0, 0, 0),
            query("TermsQueryRq", 2, 0, 0, 0),
            query("TimeReportQueryRq", 2, 0, 0, 0),
            query("TimeTrackingQueryRq", 2, 0, 5, 0),
            query("ToDoQueryRq", 2, 0, 0, 0),
            query("TransactionQueryRq", 4, 0, 5, 0),
            query("TransferInventoryQueryRq", 10, 0, 10, 0),
            query("TransferQueryRq", 12, 0, 12, 0),
            query("TxnDeletedQueryRq", 2, 0, 0, 0),
            query("UIEventSubscriptionQueryRq", 3, 0, 0, 0),
            query("UIExtensionSubscriptionQueryRq", 3, 0, 0, 0),
            query("UnitOfMeasureSetQueryRq", 7, 0, 0, 0),
            query("VehicleMileageQueryRq", 6, 0, 6, 0),
            query("VehicleQueryRq", 6, 0, 0, 0),
            query("VendorCreditQueryRq", 2, 0, 5, 0),
            query("VendorQueryRq", 2, 0, 5, 0),
            query("VendorTypeQueryRq", 2, 0, 0, 0),
            query("WorkersCompCodeQueryRq", 7, 0, 0, 0))
            .collect(Collectors.toUnmodifiableMap(Query::element, Function.identity()));

    private JobQueries() {
    }

    static Optional<Query> named(String element) {
        return Optional.ofNullable(QUERIES.get(element));
    }

    private static Query query(String element, int major, int minor, int pagedMajor, int pagedMinor) {
        return new Query(element, new QbxmlVersion(major, minor),
                pagedMajor == 0 ? null : new QbxmlVersion(pagedMajor, pagedMinor));
    }
}
