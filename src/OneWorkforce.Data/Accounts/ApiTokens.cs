using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Validation;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Data.Accounts;

/// <summary>Personal API tokens: made on the account page, shown once, kept only as a hash, revocable.</summary>
public sealed class ApiTokens(OneWorkforceDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string TokenPrefix = "ow_";

    public async Task<Outcome<CreatedToken>> CreateAsync(string userId, string? name)
    {
        var errors = new FieldErrors();
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors.Add("Name", "Enter a name for the token, for example 'Payroll export'");
        }
        else if (trimmed.Length > 100)
        {
            errors.Add("Name", "Token name must be 100 characters or fewer");
        }
        if (errors.Any)
        {
            return Outcome<CreatedToken>.Failure(errors);
        }
        var secret = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var token = new ApiToken
        {
            UserId = userId,
            Name = trimmed,
            Prefix = secret[..10],
            Hash = Hash(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        audit.Record("api-token-created", nameof(ApiToken), token.Id.ToString(), new Dictionary<string, FieldChange> { ["Name"] = new(null, trimmed) });
        await db.SaveChangesAsync();
        return Outcome<CreatedToken>.Success(new CreatedToken(token, secret));
    }

    public Task<List<ApiToken>> ListAsync(string userId) =>
        db.ApiTokens.Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync();

    public async Task<bool> RevokeAsync(string userId, int tokenId)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null);
        if (token is null)
        {
            return false;
        }
        token.RevokedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("api-token-revoked", nameof(ApiToken), token.Id.ToString());
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>The owner of a live token, or null.</summary>
    public async Task<string?> FindUserIdAsync(string secret)
    {
        if (!secret.StartsWith(TokenPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }
        var hash = Hash(secret);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null);
        if (token is null)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(5))
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync();
        }
        return token.UserId;
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

public sealed record CreatedToken(ApiToken Token, string Secret);
