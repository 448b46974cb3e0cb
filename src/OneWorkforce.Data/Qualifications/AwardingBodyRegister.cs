using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications;

namespace OneWorkforce.Data.Qualifications;

/// <summary>
/// Finds the awarding body a written name means, by its name or any of its other names, and adds
/// bodies and other names that are new. "Edexcel" and "Pearson Education Ltd" file under one body.
/// </summary>
public sealed class AwardingBodyRegister(OneWorkforceDbContext db)
{
    private Dictionary<string, AwardingBody>? _byKey;

    public async Task<AwardingBody> ResolveAsync(string written, CancellationToken cancellationToken = default)
    {
        var index = await IndexAsync(cancellationToken);
        var parsed = AwardingBodyName.Parse(written);
        var names = new[] { parsed.Name }.Concat(parsed.OtherNames).ToList();
        var body = names.Select(AwardingBodyName.Key).Select(k => index.GetValueOrDefault(k)).FirstOrDefault(b => b is not null);
        if (body is null)
        {
            body = new AwardingBody { Name = parsed.Name, Key = AwardingBodyName.Key(parsed.Name) };
            db.AwardingBodies.Add(body);
            index[body.Key] = body;
        }
        foreach (var other in names.Where(n => !index.ContainsKey(AwardingBodyName.Key(n))))
        {
            var alias = new AwardingBodyAlias { Alias = other, Key = AwardingBodyName.Key(other) };
            body.Aliases.Add(alias);
            index[alias.Key] = body;
        }
        return body;
    }

    private async Task<Dictionary<string, AwardingBody>> IndexAsync(CancellationToken cancellationToken)
    {
        if (_byKey is not null)
        {
            return _byKey;
        }
        var bodies = await db.AwardingBodies.Include(b => b.Aliases).ToListAsync(cancellationToken);
        _byKey = new Dictionary<string, AwardingBody>();
        foreach (var body in bodies)
        {
            _byKey[body.Key] = body;
            foreach (var alias in body.Aliases)
            {
                _byKey[alias.Key] = body;
            }
        }
        return _byKey;
    }
}
