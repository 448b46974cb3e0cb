using System.Security.Cryptography;
using System.Text;
using OneWorkforce.Core.Workforce.Intelligence;

namespace OneWorkforce.Core.Workforce;

/// <summary>
/// Cell keys for disclosure control that holds across every figure a person can obtain (ADR 0020). As in the Office
/// for National Statistics' cell key method for Census 2021, each block of records carries a fixed secret random key,
/// and a cell's key is the sum of the keys of the blocks in it: the same people always make the same cell key, whatever
/// report, filter, date or format they are reached by, so the same cell always gets the same rounding. A block here is
/// one organisation's people in one population (a code, a sum of codes, or everyone in post), keyed by a keyed hash of
/// the population, the organisation and its count: a scope with the same people in it gets the same key.
/// </summary>
public interface ICellKeys
{
    /// <summary>The key of the cell that counts the people of the fact keys, named as the population <paramref name="population"/>.</summary>
    ulong KeyOf(string population, IReadOnlyCollection<string> factKeys);
}

/// <summary>Cell keys from each organisation's facts (the blocks) and the installation's secret.</summary>
public sealed class OrganisationCellKeys(byte[] secret, IEnumerable<(int OrganisationId, IReadOnlyDictionary<string, Measure> Facts)> organisations) : ICellKeys
{
    private readonly IReadOnlyList<(int OrganisationId, IReadOnlyDictionary<string, Measure> Facts)> blocks = organisations.ToList();
    private readonly Dictionary<string, ulong> known = [];

    public ulong KeyOf(string population, IReadOnlyCollection<string> factKeys)
    {
        var cacheKey = population + "\n" + string.Join('\n', factKeys);
        if (known.TryGetValue(cacheKey, out var key))
        {
            return key;
        }
        foreach (var (organisation, facts) in blocks)
        {
            long count = 0;
            foreach (var fact in factKeys)
            {
                count += facts.TryGetValue(fact, out var m) ? m.N : 0;
            }
            if (count > 0)
            {
                unchecked
                {
                    key += BlockKey(secret, population, organisation, count);
                }
            }
        }
        return known[cacheKey] = key;
    }

    /// <summary>A block's key: the first 8 bytes of HMAC-SHA256 of the population, the organisation and its count.</summary>
    public static ulong BlockKey(byte[] secret, string population, int organisationId, long count)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"{population}|{organisationId}|{count}"), hash);
        return BitConverter.ToUInt64(hash[..8]);
    }
}

/// <summary>
/// Random rounding to a base decided by a cell key: a value is rounded up to the next multiple of the base with a
/// probability of its remainder over the base, else down, so that the rounding is unbiased on average and the same
/// cell key always rounds the same way. Every figure shown is then a multiple of the base, and so is every difference
/// of two figures: subtraction can never give a count from 1 to base − 1.
/// </summary>
public static class CellKeyRounding
{
    public const int Base = 5;

    /// <summary>A fixed key space of a million steps, so the chance of rounding up is the remainder's share to within one in a million.</summary>
    private const ulong Steps = 1_000_000;

    public static double Round(double value, ulong cellKey, int roundingBase = Base)
    {
        if (value <= 0)
        {
            return value;
        }
        var down = Math.Floor(value / roundingBase) * roundingBase;
        var remainder = value - down;
        if (remainder < 1e-9)
        {
            return down;
        }
        var draw = (cellKey % Steps) / (double)Steps;
        return draw < remainder / roundingBase ? down + roundingBase : down;
    }
}
