using System.Reflection;

namespace OneWorkforce.Data.Schema;

/// <summary>The schema scripts shipped inside this assembly: <c>Schema/Scripts/{Provider}/NNNN_name.sql</c>.</summary>
public static class SchemaScripts
{
    public static IReadOnlyList<SchemaScript> For(DatabaseProvider provider)
    {
        var assembly = typeof(SchemaScripts).Assembly;
        var prefix = $"{assembly.GetName().Name}.Schema.Scripts.{provider}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n, n[prefix.Length..^4]))
            .OrderBy(s => s.Version, StringComparer.Ordinal)
            .ToList();
    }

    private static SchemaScript Read(Assembly assembly, string resource, string fileName)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var underscore = fileName.IndexOf('_');
        var version = underscore > 0 ? fileName[..underscore] : fileName;
        // Resource names turn a leading digit of a folder or file into "_": keep the file's own name.
        return new SchemaScript(version.TrimStart('_'), fileName, reader.ReadToEnd());
    }
}
