namespace LKvitai.Domain.FeatureFlags;

/// <summary>The flags of the rollout plan (risk and delivery strategy, section 5).</summary>
public static class FeatureFlagKeys
{
    public const string ReservationEngine = "enable_reservation_engine";
    public const string AgnumExport = "enable_agnum_export";
    public const string ErpIntegration = "enable_erp_integration";
    public const string OfflineOperations = "enable_offline_operations";
    public const string ThreeDimensionalView = "enable_3d_visualization";

    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [ReservationEngine] = "Reservations, allocation and picking (phase 2)",
        [AgnumExport] = "Stock snapshot exports to Agnum (phase 3)",
        [ErpIntegration] = "ERP / MES material requests and notifications (phase 3)",
        [OfflineOperations] = "Offline picking and transfers on handhelds (phase 4)",
        [ThreeDimensionalView] = "3D warehouse view (phase 5)",
    };

    public static bool IsKnown(string key) => Descriptions.ContainsKey(key);
}
