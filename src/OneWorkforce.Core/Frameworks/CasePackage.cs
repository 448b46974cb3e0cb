using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace OneWorkforce.Core.Frameworks;

/// <summary>
/// A 1EdTech CASE 1.0 package (Competencies and Academic Standards Exchange): one CFDocument,
/// its CFItems and the CFAssociations between them. Property names are CASE's own.
/// </summary>
public sealed class CasePackage
{
    [JsonPropertyName("CFDocument")] public CaseDocument? Document { get; set; }
    [JsonPropertyName("CFItems")] public List<CaseItem>? Items { get; set; }
    [JsonPropertyName("CFAssociations")] public List<CaseAssociation>? Associations { get; set; }
    [JsonPropertyName("CFDefinitions")] public CaseDefinitions? Definitions { get; set; }
}

public sealed class CaseDocument
{
    [JsonPropertyName("identifier")] public string? Identifier { get; set; }
    [JsonPropertyName("uri")] public string? Uri { get; set; }
    [JsonPropertyName("creator")] public string? Creator { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("version")] public string? Version { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("language")] public string? Language { get; set; }
    [JsonPropertyName("lastChangeDateTime")] public string? LastChangeDateTime { get; set; }
    [JsonPropertyName("CFPackageURI")] public CaseLink? PackageUri { get; set; }
}

public sealed class CaseItem
{
    [JsonPropertyName("identifier")] public string? Identifier { get; set; }
    [JsonPropertyName("uri")] public string? Uri { get; set; }
    [JsonPropertyName("fullStatement")] public string? FullStatement { get; set; }
    [JsonPropertyName("humanCodingScheme")] public string? HumanCodingScheme { get; set; }
    [JsonPropertyName("listEnumeration")] public string? ListEnumeration { get; set; }
    [JsonPropertyName("CFItemType")] public string? ItemType { get; set; }
    [JsonPropertyName("lastChangeDateTime")] public string? LastChangeDateTime { get; set; }
    [JsonPropertyName("CFDocumentURI")] public CaseLink? DocumentUri { get; set; }
}

public sealed class CaseAssociation
{
    [JsonPropertyName("identifier")] public string? Identifier { get; set; }
    [JsonPropertyName("uri")] public string? Uri { get; set; }
    [JsonPropertyName("associationType")] public string? AssociationType { get; set; }
    [JsonPropertyName("originNodeURI")] public CaseLink? Origin { get; set; }
    [JsonPropertyName("destinationNodeURI")] public CaseLink? Destination { get; set; }
    [JsonPropertyName("CFAssociationGroupingURI")] public CaseLink? Grouping { get; set; }
    [JsonPropertyName("lastChangeDateTime")] public string? LastChangeDateTime { get; set; }
    [JsonPropertyName("CFDocumentURI")] public CaseLink? DocumentUri { get; set; }
}

public sealed class CaseDefinitions
{
    [JsonPropertyName("CFAssociationGroupings")] public List<CaseGrouping>? AssociationGroupings { get; set; }
}

public sealed class CaseGrouping
{
    [JsonPropertyName("identifier")] public string? Identifier { get; set; }
    [JsonPropertyName("uri")] public string? Uri { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("lastChangeDateTime")] public string? LastChangeDateTime { get; set; }
}

/// <summary>A CASE LinkURI: a reference to a node by title, identifier and URI.</summary>
public sealed class CaseLink
{
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("identifier")] public string? Identifier { get; set; }
    [JsonPropertyName("uri")] public string? Uri { get; set; }
}

/// <summary>Names and identifiers this service uses in CASE packages.</summary>
public static class CaseNames
{
    public const string IsChildOf = "isChildOf", ExactMatchOf = "exactMatchOf", IsRelatedTo = "isRelatedTo";
    public const string FullAlignment = "Alignment: full", PartialAlignment = "Alignment: partial";
    public const string UnitPrefix = "urn:oneworkforce:unit:", QualificationPrefix = "urn:oneworkforce:qualification:";

    private static readonly Guid Namespace = new("6f1c3c39-2b1e-4c55-9a53-4d0e3d6a2b10");

    /// <summary>A name-based (version 5, RFC 4122) UUID, so the same framework always exports the same identifiers.</summary>
    public static string Identifier(string name)
    {
        var bytes = SHA1.HashData([.. Namespace.ToByteArray(bigEndian: true), .. Encoding.UTF8.GetBytes(name)]);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes.AsSpan(0, 16), bigEndian: true).ToString();
    }

    public static string Uri(string identifier) => "urn:uuid:" + identifier;

    public static CaseLink Link(string name, string title) => new() { Title = title, Identifier = Identifier(name), Uri = Uri(Identifier(name)) };
}
