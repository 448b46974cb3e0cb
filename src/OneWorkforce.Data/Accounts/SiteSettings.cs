namespace OneWorkforce.Data.Accounts;

/// <summary><c>Site:BaseUrl</c>: the address people use, for links in emails.</summary>
public sealed class SiteSettings
{
    public string BaseUrl { get; set; } = "http://localhost:5000";
    public string ServiceName { get; set; } = "OneWorkforce";
}
