namespace OneWorkforce.Data.Keys;

/// <summary>A data-protection key ring element, kept in the database so every web node signs cookies alike.</summary>
public class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
