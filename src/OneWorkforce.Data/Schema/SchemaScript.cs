namespace OneWorkforce.Data.Schema;

/// <summary>One versioned schema change, written in SQL for one provider.</summary>
public sealed record SchemaScript(string Version, string Name, string Sql);
