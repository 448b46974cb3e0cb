using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneWorkforce.Core.Areas;

namespace OneWorkforce.Data.Model;

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> area)
    {
        area.Property(a => a.Code).HasMaxLength(9);
        area.Property(a => a.Name).HasMaxLength(200);
        area.HasIndex(a => a.Code).IsUnique();
        area.HasIndex(a => a.Name).IsUnique();
        area.HasMany(a => a.Districts).WithOne().HasForeignKey(d => d.AreaId).OnDelete(DeleteBehavior.Cascade);
        area.HasMany(a => a.Organisations).WithOne(o => o.Area).HasForeignKey(o => o.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> district)
    {
        district.Property(d => d.Name).HasMaxLength(200);
        district.HasIndex(d => new { d.AreaId, d.Name }).IsUnique();
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.Property(o => o.Reference).HasMaxLength(50);
        organisation.Property(o => o.Name).HasMaxLength(200);
        organisation.Property(o => o.EmployerSector).HasMaxLength(40);
        organisation.HasIndex(o => new { o.AreaId, o.Reference }).IsUnique();
        organisation.Property(o => o.WorkforceSectors).HasMaxLength(400);
        organisation.Property(o => o.AgeRanges).HasMaxLength(200);
        organisation.Property(o => o.SizeBand).HasMaxLength(20);
        organisation.Property(o => o.TurnoverBand).HasMaxLength(20);
        organisation.Property(o => o.TrainingBudgetBand).HasMaxLength(20);
        organisation.Property(o => o.ContactEmail).HasMaxLength(200);
        organisation.Property(o => o.Description).HasMaxLength(1000);
        organisation.Property(o => o.Website).HasMaxLength(300);
        organisation.Property(o => o.Phone).HasMaxLength(30);
        organisation.Property(o => o.DistrictsServed).HasMaxLength(200);
        organisation.Property(o => o.ListingStatus).HasMaxLength(20);
        organisation.HasIndex(o => new { o.AreaId, o.ListingStatus });
        organisation.HasOne<District>().WithMany().HasForeignKey(o => o.DistrictId).OnDelete(DeleteBehavior.SetNull);
        organisation.HasMany(o => o.Categories).WithOne().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrganisationCategoryLinkConfiguration : IEntityTypeConfiguration<OrganisationCategoryLink>
{
    public void Configure(EntityTypeBuilder<OrganisationCategoryLink> link)
    {
        link.ToTable("OrganisationCategories");
        link.HasKey(c => new { c.OrganisationId, c.CategoryCode });
        link.Property(c => c.CategoryCode).HasMaxLength(40);
    }
}

internal sealed class NewsSubscriberConfiguration : IEntityTypeConfiguration<OneWorkforce.Core.Partners.NewsSubscriber>
{
    public void Configure(EntityTypeBuilder<OneWorkforce.Core.Partners.NewsSubscriber> subscriber)
    {
        subscriber.Property(s => s.Email).HasMaxLength(256);
        subscriber.Property(s => s.Name).HasMaxLength(100);
        subscriber.Property(s => s.Token).HasMaxLength(40);
        subscriber.Ignore(s => s.IsActive);
        subscriber.HasIndex(s => new { s.AreaId, s.Email }).IsUnique();
        subscriber.HasIndex(s => s.Token).IsUnique();
        subscriber.HasOne<Area>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NewsSendConfiguration : IEntityTypeConfiguration<OneWorkforce.Core.Partners.NewsSend>
{
    public void Configure(EntityTypeBuilder<OneWorkforce.Core.Partners.NewsSend> send)
    {
        send.Property(s => s.Subject).HasMaxLength(150);
        send.Property(s => s.Body).HasMaxLength(20000);
        send.Property(s => s.SentByUserId).HasMaxLength(100);
        send.HasIndex(s => s.AreaId);
        send.HasOne<Area>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
