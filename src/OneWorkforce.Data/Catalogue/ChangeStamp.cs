namespace OneWorkforce.Data.Catalogue;

/// <summary>
/// A named stamp that changes whenever the data it stands for changes (a new value on every save,
/// never a counter, so two nodes saving at once cannot leave it unchanged). Caches compare it
/// before trusting what they hold; see docs/adr/0009-national-size-catalogue.md.
/// </summary>
public class ChangeStamp
{
    /// <summary>The qualifications catalogue: qualifications, units, structures, mappings, roles and their links, offers, frameworks.</summary>
    public const string Catalogue = "catalogue";

    public string Name { get; set; } = "";

    public string Stamp { get; set; } = "";
}
