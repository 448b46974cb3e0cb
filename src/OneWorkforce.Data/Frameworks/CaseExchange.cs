using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Data.Audit;
using OneWorkforce.Core.Frameworks;
using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Data.Frameworks;

/// <summary>
/// Framework exchange in CASE 1.0 JSON: a framework's areas as CFItems (each <c>isChildOf</c> the
/// CFDocument), links between frameworks as <c>exactMatchOf</c>, and the units and qualifications
/// mapped to its areas as <c>isRelatedTo</c> associations grouped as full or partial alignments.
/// A package imports as a new framework, with every check made before anything is written.
/// </summary>
public sealed class CaseExchange(OneWorkforceDbContext db, IActor actor, TimeProvider clock)
{
    public const string Format = "case";

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task<CasePackage?> ExportAsync(string code, string version, CancellationToken cancellationToken = default)
    {
        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Areas)
            .SingleOrDefaultAsync(f => f.Code == code && f.Version == version, cancellationToken);
        if (framework is null)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var documentLink = CaseNames.Link($"framework:{code}:{version}", framework.Title);
        var areas = framework.Areas.OrderBy(a => a.Number).ToList();
        var areaIds = areas.Select(a => a.Id).ToList();
        CaseLink AreaLink(FrameworkArea a) => CaseNames.Link($"area:{a.Code}", a.Title);

        var associations = areas.Select(a => Association(CaseNames.IsChildOf, AreaLink(a), documentLink, documentLink, now)).ToList();
        var matches = await db.FrameworkAreaMatches.AsNoTracking().Include(m => m.FromArea).Include(m => m.ToArea)
            .Where(m => areaIds.Contains(m.FromAreaId) || areaIds.Contains(m.ToAreaId)).ToListAsync(cancellationToken);
        associations.AddRange(matches.OrderBy(m => m.FromArea!.Code, StringComparer.Ordinal).ThenBy(m => m.ToArea!.Code, StringComparer.Ordinal)
            .Select(m => Association(CaseNames.ExactMatchOf, AreaLink(m.FromArea!), AreaLink(m.ToArea!), documentLink, now)));

        var full = CaseNames.Link($"grouping:{CaseNames.FullAlignment}", CaseNames.FullAlignment);
        var partial = CaseNames.Link($"grouping:{CaseNames.PartialAlignment}", CaseNames.PartialAlignment);
        var mappings = await db.FrameworkMappings.AsNoTracking().Where(m => areaIds.Contains(m.FrameworkAreaId)).ToListAsync(cancellationToken);
        var unitIds = mappings.Where(m => m.UnitId is not null).Select(m => m.UnitId!.Value).Distinct().ToList();
        var qualificationIds = mappings.Where(m => m.QualificationId is not null).Select(m => m.QualificationId!.Value).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var qualifications = await db.Qualifications.AsNoTracking().Where(q => qualificationIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
        var byArea = areas.ToDictionary(a => a.Id);
        associations.AddRange(mappings
            .Select(m => (Origin: m.UnitId is { } u ? SubjectLink(CaseNames.UnitPrefix, units[u].Reference, units[u].Title)
                    : SubjectLink(CaseNames.QualificationPrefix, qualifications[m.QualificationId!.Value].Reference, qualifications[m.QualificationId.Value].Title),
                Area: byArea[m.FrameworkAreaId], m.Strength))
            .OrderBy(x => x.Area.Number).ThenBy(x => x.Origin.Uri, StringComparer.Ordinal)
            .Select(x =>
            {
                var association = Association(CaseNames.IsRelatedTo, x.Origin, AreaLink(x.Area), documentLink, now);
                association.Grouping = x.Strength == FrameworkMapping.Full ? full : partial;
                return association;
            }));

        return new CasePackage
        {
            Document = new CaseDocument
            {
                Identifier = documentLink.Identifier, Uri = documentLink.Uri, Creator = "OneWorkforce", Title = framework.Title,
                Version = framework.Version, Language = "en", LastChangeDateTime = now,
                PackageUri = CaseNames.Link($"package:{code}:{version}", framework.Title),
            },
            Items = areas.Select(a => new CaseItem
            {
                Identifier = AreaLink(a).Identifier, Uri = AreaLink(a).Uri, FullStatement = a.Title, HumanCodingScheme = a.Code,
                ListEnumeration = a.Number.ToString(CultureInfo.InvariantCulture), ItemType = "Area", LastChangeDateTime = now, DocumentUri = documentLink,
            }).ToList(),
            Associations = associations,
            Definitions = new CaseDefinitions
            {
                AssociationGroupings =
                [
                    new CaseGrouping { Identifier = full.Identifier, Uri = full.Uri, Title = full.Title, Description = "The unit or qualification covers the whole area", LastChangeDateTime = now },
                    new CaseGrouping { Identifier = partial.Identifier, Uri = partial.Uri, Title = partial.Title, Description = "The unit or qualification covers part of the area", LastChangeDateTime = now },
                ],
            },
        };
    }

    private static CaseLink SubjectLink(string prefix, string reference, string title) =>
        new() { Title = title, Identifier = CaseNames.Identifier(prefix + reference), Uri = prefix + reference };

    private static CaseAssociation Association(string type, CaseLink origin, CaseLink destination, CaseLink document, string now)
    {
        var identifier = CaseNames.Identifier($"association:{type}:{origin.Identifier}:{destination.Identifier}");
        return new CaseAssociation
        {
            Identifier = identifier, Uri = CaseNames.Uri(identifier), AssociationType = type, Origin = origin, Destination = destination,
            LastChangeDateTime = now, DocumentUri = document,
        };
    }

    /// <summary>Imports a CASE package as a new framework: its items become the framework's areas, in list order.</summary>
    public async Task<ImportSummary> ImportAsync(string fileName, byte[] content, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var problems = new List<ImportProblem>();
        void Problem(int row, string field, string value, string message) => problems.Add(new ImportProblem(fileName, row, field, value, message));
        CasePackage? package;
        try
        {
            package = JsonSerializer.Deserialize<CasePackage>(content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? content.AsSpan(3) : content);
        }
        catch (JsonException ex)
        {
            Problem((int)(ex.LineNumber ?? 0) + 1, "", "", $"This is not valid JSON ({ex.Message.Split(". ")[0]}). Check the file is a CASE 1.0 package saved as JSON");
            return ImportSummary.Failed(problems);
        }
        var document = package?.Document;
        if (document is null || string.IsNullOrWhiteSpace(document.Title) || string.IsNullOrWhiteSpace(document.Identifier))
        {
            Problem(0, "CFDocument", "", "The package has no CFDocument with a title and identifier. A CASE package starts with its CFDocument");
            return ImportSummary.Failed(problems);
        }
        var items = package!.Items ?? [];
        if (items.Count == 0)
        {
            Problem(0, "CFItems", "", "The package has no CFItems. Each area of the framework is a CFItem");
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i].Identifier))
            {
                Problem(i + 1, $"CFItems[{i}].identifier", "", "Every CFItem needs an identifier (a UUID)");
            }
            if (string.IsNullOrWhiteSpace(items[i].FullStatement))
            {
                Problem(i + 1, $"CFItems[{i}].fullStatement", items[i].Identifier ?? "", "Every CFItem needs a fullStatement: the area's title");
            }
            else if (items[i].FullStatement!.Length > 400)
            {
                Problem(i + 1, $"CFItems[{i}].fullStatement", items[i].FullStatement!, "Shorten the fullStatement to 400 characters or fewer");
            }
        }
        items.GroupBy(i => i.Identifier).Where(g => g.Key is not null && g.Count() > 1).ToList()
            .ForEach(g => Problem(items.IndexOf(g.Skip(1).First()) + 1, "identifier", g.Key!, "Two CFItems have this identifier. Give each its own"));

        var title = document.Title.Trim();
        var version = string.IsNullOrWhiteSpace(document.Version) ? "1" : document.Version.Trim();
        var code = Slug(title);
        if (version.Length > 20)
        {
            Problem(0, "CFDocument.version", version, "Shorten the version to 20 characters or fewer");
        }
        if (await db.Frameworks.AnyAsync(f => f.Code == code && f.Version == version, cancellationToken))
        {
            Problem(0, "CFDocument.title", title, $"A framework called {title} (version {version}) is already here. Change the CFDocument's title or version to import it as a new framework");
        }
        if (problems.Count > 0)
        {
            return ImportSummary.Failed(problems);
        }

        var ordered = items.Select((item, index) => (item, index))
            .OrderBy(x => int.TryParse(x.item.ListEnumeration, out var n) ? n : int.MaxValue).ThenBy(x => x.index).Select(x => x.item).ToList();
        var framework = new Framework { Code = code, Version = version, Title = title.Length > 400 ? title[..400] : title };
        var areaByIdentifier = new Dictionary<string, FrameworkArea>();
        for (var n = 0; n < ordered.Count; n++)
        {
            var area = new FrameworkArea { Code = $"{code[..Math.Min(code.Length, 40)]}-{version}-{n + 1}", Number = n + 1, Title = ordered[n].FullStatement!.Trim() };
            framework.Areas.Add(area);
            areaByIdentifier[ordered[n].Identifier!] = area;
        }
        var existingAreas = (await db.FrameworkAreas.ToListAsync(cancellationToken)).ToDictionary(a => CaseNames.Identifier($"area:{a.Code}"));
        var associations = package.Associations ?? [];
        var groupings = (package.Definitions?.AssociationGroupings ?? []).Where(g => g.Identifier is not null).ToDictionary(g => g.Identifier!, g => g.Title ?? "");
        var unitRefs = associations.Select(a => a.Origin?.Uri).Where(u => u?.StartsWith(CaseNames.UnitPrefix) == true).Select(u => u![CaseNames.UnitPrefix.Length..]).Distinct().ToList();
        var qualificationRefs = associations.Select(a => a.Origin?.Uri).Where(u => u?.StartsWith(CaseNames.QualificationPrefix) == true).Select(u => u![CaseNames.QualificationPrefix.Length..]).Distinct().ToList();
        var units = await db.Units.Where(u => unitRefs.Contains(u.Reference)).ToDictionaryAsync(u => u.Reference, u => u.Id, cancellationToken);
        var qualifications = await db.Qualifications.Where(q => qualificationRefs.Contains(q.Reference)).ToDictionaryAsync(q => q.Reference, q => q.Id, cancellationToken);
        var matches = new List<(FrameworkArea From, FrameworkArea To)>();
        var mappings = new List<(FrameworkArea Area, int? UnitId, int? QualificationId, string Strength)>();
        for (var i = 0; i < associations.Count; i++)
        {
            var a = associations[i];
            var field = $"CFAssociations[{i}]";
            var origin = a.Origin?.Identifier is { } o ? areaByIdentifier.GetValueOrDefault(o) ?? existingAreas.GetValueOrDefault(o) : null;
            var destination = a.Destination?.Identifier is { } d ? areaByIdentifier.GetValueOrDefault(d) ?? existingAreas.GetValueOrDefault(d) : null;
            switch (a.AssociationType)
            {
                case CaseNames.IsChildOf:
                    continue; // areas are kept flat, in list order
                case CaseNames.ExactMatchOf when origin is not null && destination is not null:
                    matches.Add((origin, destination));
                    continue;
                case CaseNames.ExactMatchOf:
                    Problem(i + 1, field, a.Origin?.Identifier ?? "", "This exactMatchOf links a node that is neither an item of this package nor a framework area here. Remove it or correct the identifiers");
                    continue;
                case CaseNames.IsRelatedTo when a.Origin?.Uri?.StartsWith(CaseNames.UnitPrefix) == true || a.Origin?.Uri?.StartsWith(CaseNames.QualificationPrefix) == true:
                    var isUnit = a.Origin.Uri.StartsWith(CaseNames.UnitPrefix);
                    var reference = a.Origin.Uri[(isUnit ? CaseNames.UnitPrefix : CaseNames.QualificationPrefix).Length..];
                    var subjectId = isUnit ? units.GetValueOrDefault(reference) : qualifications.GetValueOrDefault(reference);
                    if (subjectId == 0)
                    {
                        Problem(i + 1, field + ".originNodeURI", reference, $"There is no {(isUnit ? "unit" : "qualification")} {reference} here. Import it first, or remove this alignment");
                    }
                    else if (destination is null || !areaByIdentifier.ContainsValue(destination))
                    {
                        Problem(i + 1, field + ".destinationNodeURI", a.Destination?.Identifier ?? "", "An alignment must point at an item of this package");
                    }
                    else
                    {
                        var strength = a.Grouping?.Identifier is { } g && groupings.GetValueOrDefault(g) == CaseNames.FullAlignment ? FrameworkMapping.Full : FrameworkMapping.Partial;
                        mappings.Add((destination, isUnit ? subjectId : null, isUnit ? null : subjectId, strength));
                    }
                    continue;
                default:
                    continue; // other association types carry nothing this service stores
            }
        }
        if (problems.Count > 0)
        {
            return ImportSummary.Failed(problems);
        }
        if (dryRun)
        {
            return new ImportSummary(framework.Areas.Count + matches.Count + mappings.Count, 0, 0, []);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Frameworks.Add(framework);
        await db.SaveChangesAsync(cancellationToken);
        db.FrameworkAreaMatches.AddRange(matches.DistinctBy(m => (m.From, m.To)).Select(m => new FrameworkAreaMatch { FromAreaId = m.From.Id, ToAreaId = m.To.Id, Kind = FrameworkAreaMatch.ExactMatch }));
        var now = clock.GetUtcNow().UtcDateTime;
        db.FrameworkMappings.AddRange(mappings.DistinctBy(m => (m.Area, m.UnitId, m.QualificationId)).Select(m => new FrameworkMapping
        {
            FrameworkAreaId = m.Area.Id, UnitId = m.UnitId, QualificationId = m.QualificationId, Strength = m.Strength,
            Rationale = $"Imported from the CASE package {fileName}", MappedBy = actor.Name, MappedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportSummary(framework.Areas.Count + matches.Count + mappings.Count, 0, 0, []);
    }

    /// <summary>A framework code from its title: lower-case words joined by hyphens, at most 60 characters.</summary>
    public static string Slug(string title)
    {
        var builder = new StringBuilder();
        foreach (var ch in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                builder.Append(ch);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug.Length == 0 ? "framework" : slug;
    }
}
