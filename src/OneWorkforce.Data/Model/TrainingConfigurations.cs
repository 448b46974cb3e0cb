using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;

namespace OneWorkforce.Data.Model;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> course)
    {
        course.Property(c => c.Kind).HasMaxLength(10);
        course.HasIndex(c => c.Kind);
        course.Property(c => c.Title).HasMaxLength(200);
        course.Property(c => c.Summary).HasMaxLength(2000);
        course.Property(c => c.Topic).HasMaxLength(30);
        course.Property(c => c.Tier).HasMaxLength(20);
        course.Property(c => c.SafeguardingLevel).HasMaxLength(3);
        course.Property(c => c.CommonCoreAreas).HasMaxLength(20);
        course.Property(c => c.AudienceRoles).HasMaxLength(1000);
        course.Property(c => c.AudienceSectors).HasMaxLength(200);
        course.Property(c => c.AudienceWorkforce).HasMaxLength(10);
        course.Property(c => c.CountsTowards).HasMaxLength(200);
        course.Property(c => c.Delivery).HasMaxLength(20);
        course.Property(c => c.Funding).HasMaxLength(200);
        course.Ignore(c => c.RoleCodes);
        course.Ignore(c => c.SectorCodes);
        course.Ignore(c => c.CoreAreaNumbers);
        course.HasIndex(c => new { c.AreaId, c.Topic });
        course.HasIndex(c => c.ProviderOrganisationId);
        course.HasOne<Organisation>().WithMany().HasForeignKey(c => c.ProviderOrganisationId).OnDelete(DeleteBehavior.Restrict);
        course.HasMany(c => c.Sessions).WithOne(s => s.Course).HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CourseSessionConfiguration : IEntityTypeConfiguration<CourseSession>
{
    public void Configure(EntityTypeBuilder<CourseSession> session)
    {
        session.Property(s => s.Venue).HasMaxLength(300);
        session.Ignore(s => s.PlacesLeft);
        // Covers the search (upcoming sessions in date order with every session filter), so counting and paging never read the table.
        session.HasIndex(s => new { s.StartsAt, s.CourseId, s.Cancelled, s.IsEvening, s.IsWeekend, s.DistrictId, s.StepFreeAccess, s.PlacesTaken, s.Capacity });
        session.HasIndex(s => s.CourseId);
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> booking)
    {
        booking.Property(b => b.AttendeeKey).HasMaxLength(60);
        booking.Property(b => b.AttendeeUserId).HasMaxLength(100);
        booking.Property(b => b.AttendeeName).HasMaxLength(200);
        booking.Property(b => b.AttendeeEmail).HasMaxLength(256);
        booking.Property(b => b.BookedByUserId).HasMaxLength(100);
        booking.Property(b => b.Status).HasMaxLength(20);
        booking.Property(b => b.CertificateCode).HasMaxLength(20);
        booking.Ignore(b => b.HoldsPlace);
        booking.HasIndex(b => new { b.SessionId, b.AttendeeKey }).IsUnique();
        booking.HasIndex(b => new { b.SessionId, b.Status, b.StatusChangedAt });
        booking.HasIndex(b => b.AttendeeUserId);
        booking.HasIndex(b => b.OrganisationId);
        booking.HasIndex(b => b.CertificateCode).IsUnique();
        booking.HasOne(b => b.Session).WithMany().HasForeignKey(b => b.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TrainingRequirementConfiguration : IEntityTypeConfiguration<TrainingRequirement>
{
    public void Configure(EntityTypeBuilder<TrainingRequirement> requirement)
    {
        requirement.Property(r => r.Role).HasMaxLength(60);
        requirement.Property(r => r.Topic).HasMaxLength(30);
        requirement.Property(r => r.SafeguardingLevel).HasMaxLength(3);
        requirement.Property(r => r.CommonCoreAreas).HasMaxLength(20);
        requirement.HasIndex(r => new { r.AreaId, r.OrganisationId, r.Role, r.Topic });
        requirement.HasOne<Area>().WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.Cascade);
        requirement.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TrainingReminderConfiguration : IEntityTypeConfiguration<TrainingReminder>
{
    public void Configure(EntityTypeBuilder<TrainingReminder> reminder)
    {
        reminder.Property(r => r.Topic).HasMaxLength(30);
        reminder.Property(r => r.Stage).HasMaxLength(20);
        reminder.HasIndex(r => new { r.WorkerId, r.Topic, r.DueOn, r.Stage }).IsUnique();
        reminder.HasOne<Worker>().WithMany().HasForeignKey(r => r.WorkerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InductionStandardConfiguration : IEntityTypeConfiguration<InductionStandard>
{
    public void Configure(EntityTypeBuilder<InductionStandard> standard)
    {
        standard.Property(s => s.Title).HasMaxLength(200);
        standard.Property(s => s.Description).HasMaxLength(1000);
        standard.HasIndex(s => new { s.AreaId, s.Position }).IsUnique();
        standard.HasOne<Area>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InductionSignOffConfiguration : IEntityTypeConfiguration<InductionSignOff>
{
    public void Configure(EntityTypeBuilder<InductionSignOff> signOff)
    {
        signOff.Property(s => s.SignedByUserId).HasMaxLength(100);
        signOff.Property(s => s.Note).HasMaxLength(500);
        signOff.HasIndex(s => new { s.WorkerId, s.StandardId }).IsUnique();
        signOff.HasIndex(s => s.StandardId);
        signOff.HasOne<Worker>().WithMany().HasForeignKey(s => s.WorkerId).OnDelete(DeleteBehavior.Cascade);
        signOff.HasOne<InductionStandard>().WithMany().HasForeignKey(s => s.StandardId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InductionCompletionConfiguration : IEntityTypeConfiguration<InductionCompletion>
{
    public void Configure(EntityTypeBuilder<InductionCompletion> completion)
    {
        completion.Property(c => c.CertificateCode).HasMaxLength(20);
        completion.Property(c => c.NameOnCertificate).HasMaxLength(100);
        completion.Property(c => c.SignedByUserId).HasMaxLength(100);
        completion.HasIndex(c => c.WorkerId).IsUnique();
        completion.HasIndex(c => c.CertificateCode).IsUnique();
        completion.HasIndex(c => c.OrganisationId);
        completion.HasOne<Worker>().WithMany().HasForeignKey(c => c.WorkerId).OnDelete(DeleteBehavior.Cascade);
    }
}
