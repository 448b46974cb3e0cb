namespace OneWorkforce.Data.Workforce.Intelligence;

/// <summary>Configuration section <c>Workforce</c>.</summary>
public sealed class WorkforceSettings
{
    /// <summary>Counts from 1 to this less one are hidden in figures shared beyond the owning organisation.</summary>
    public int DisclosureThreshold { get; set; } = Core.Workforce.Disclosure.DefaultThreshold;

    /// <summary>The largest upload accepted through the web, in bytes (100 MB unless set).</summary>
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Whether this web node runs queued uploads in the background (true unless set; set false on nodes that should only serve pages).</summary>
    public bool RunUploadJobs { get; set; } = true;

    /// <summary>A benchmark needs at least this many organisations to compare with.</summary>
    public int MinimumPeers { get; set; } = 5;
}
