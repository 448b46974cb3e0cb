using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Validation;
using OneWorkforce.Data.Audit;
using OneWorkforce.Data.Mail;

namespace OneWorkforce.Data.Accounts;

/// <summary>Accounts: the first administrator, invitations by email, and accepting them. Used by the web app and the CLI.</summary>
public sealed class AccountAdministration(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    OneWorkforceDbContext db,
    IMailSender mail,
    IOptions<SiteSettings> site,
    AuditLog audit,
    TimeProvider clock)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in ServiceRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public Task<bool> AnyAdministratorAsync() =>
        db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name)
            .AnyAsync(n => n == ServiceRoles.NationalAdministrator);

    public async Task<Outcome<ApplicationUser>> CreateAdministratorAsync(string? email, string? password, string? displayName = null)
    {
        var errors = new FieldErrors();
        ValidateEmail(email, errors);
        if (string.IsNullOrEmpty(password))
        {
            errors.Add("Password", $"Enter a password of at least {IdentityRules.MinimumPasswordLength} characters");
        }
        if (errors.Any)
        {
            return Outcome<ApplicationUser>.Failure(errors);
        }
        await EnsureRolesAsync();
        var user = NewUser(email!, displayName ?? "National administrator");
        user.EmailConfirmed = true;
        var created = await users.CreateAsync(user, password!);
        if (!created.Succeeded)
        {
            return Outcome<ApplicationUser>.Failure(ErrorsOf(created));
        }
        await users.AddToRoleAsync(user, ServiceRoles.NationalAdministrator);
        audit.Record("administrator-created", "Account", user.Id, new Dictionary<string, FieldChange> { ["Email"] = new(null, user.Email) });
        await db.SaveChangesAsync();
        return Outcome<ApplicationUser>.Success(user);
    }

    /// <summary>Creates an account with no password and emails a link to set one. Returns the link too (for the CLI and tests).</summary>
    public async Task<Outcome<InvitationSent>> InviteAsync(Invitation invitation, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        ValidateEmail(invitation.Email, errors);
        var name = invitation.DisplayName?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add("DisplayName", "Enter the person's full name");
        }
        else if (name.Length > 200)
        {
            errors.Add("DisplayName", "Full name must be 200 characters or fewer");
        }
        if (!ServiceRoles.All.Contains(invitation.Role))
        {
            errors.Add("Role", "Select a role");
        }
        if (!errors.Any && await users.FindByEmailAsync(invitation.Email!.Trim()) is not null)
        {
            errors.Add("Email", $"{invitation.Email!.Trim()} already has an account. Use a different email address");
        }
        if (errors.Any)
        {
            return Outcome<InvitationSent>.Failure(errors);
        }
        await EnsureRolesAsync();
        var user = NewUser(invitation.Email!.Trim(), name);
        user.AreaId = invitation.AreaId;
        user.OrganisationId = invitation.OrganisationId;
        user.InvitedAt = clock.GetUtcNow().UtcDateTime;
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Outcome<InvitationSent>.Failure(ErrorsOf(created));
        }
        await users.AddToRoleAsync(user, invitation.Role);
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var link = $"{site.Value.BaseUrl.TrimEnd('/')}/account/accept-invitation?user={Uri.EscapeDataString(user.Id)}&code={Uri.EscapeDataString(token)}";
        await mail.SendAsync(new MailMessageText(user.Email!, $"You have been invited to {site.Value.ServiceName}",
            $"""
            Dear {user.DisplayName},

            You have been invited to {site.Value.ServiceName} as {ServiceRoles.Label(invitation.Role).ToLowerInvariant()}.

            To set your password and sign in, open this link within 7 days:
            {link}

            If you did not expect this email, you can ignore it.
            """), cancellationToken);
        audit.Record("invitation-sent", "Account", user.Id, new Dictionary<string, FieldChange>
        {
            ["Email"] = new(null, user.Email),
            ["Role"] = new(null, invitation.Role),
        }, invitation.AreaId, invitation.OrganisationId);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<InvitationSent>.Success(new InvitationSent(user, link));
    }

    public async Task<FieldErrors> AcceptInvitationAsync(string? userId, string? code, string? password)
    {
        var errors = new FieldErrors();
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || code is null || user.PasswordHash is not null ||
            !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, code))
        {
            return errors.Add("Code", "This invitation link has expired or has already been used. Ask the person who invited you to send a new one");
        }
        var added = await users.AddPasswordAsync(user, password ?? "");
        if (!added.Succeeded)
        {
            return ErrorsOf(added);
        }
        user.EmailConfirmed = true;
        user.InvitedAt = null;
        await users.UpdateAsync(user);
        audit.Record("invitation-accepted", "Account", user.Id, null, user.AreaId, user.OrganisationId);
        await db.SaveChangesAsync();
        return errors;
    }

    private ApplicationUser NewUser(string email, string displayName) => new()
    {
        UserName = email.Trim(),
        Email = email.Trim(),
        DisplayName = displayName.Trim(),
        CreatedAt = clock.GetUtcNow().UtcDateTime,
    };

    private static void ValidateEmail(string? email, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            errors.Add("Email", "Enter an email address");
        }
        else if (email.Trim().Length > 256 || !MailAddress.TryCreate(email.Trim(), out var parsed) || parsed.Address != email.Trim() || !parsed.Host.Contains('.'))
        {
            errors.Add("Email", "Enter an email address in the correct format, like name@example.com");
        }
    }

    /// <summary>Identity's own errors, put against the field they belong to.</summary>
    public static FieldErrors ErrorsOf(IdentityResult result)
    {
        var errors = new FieldErrors();
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
                : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "Email"
                : "Account";
            var message = error.Code switch
            {
                "PasswordTooShort" => $"Password must be {IdentityRules.MinimumPasswordLength} characters or more",
                "PasswordRequiresUniqueChars" => "Password must use at least 4 different characters",
                "DuplicateEmail" or "DuplicateUserName" => "That email address already has an account. Use a different email address",
                _ => error.Description,
            };
            errors.Add(field, message);
        }
        return errors;
    }
}

public sealed record InvitationSent(ApplicationUser User, string Link);
