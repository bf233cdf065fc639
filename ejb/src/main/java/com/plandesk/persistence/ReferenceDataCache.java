package com.plandesk.persistence;

import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.CachePolicy;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.invalidation.TimeToLiveCacheInvalidationPolicy;
import org.eclipse.persistence.queries.DoesExistQuery;

/**
 * For the {@code @Cacheable} reference data (products, inventory templates), changed only through JPA: read
 * from the shared cache also in a transaction that has already flushed. EclipseLink's default builds such
 * reads from the database once a transaction has written anything — every row of a bulk chunk, whose rows
 * flush one by one, read its product and templates again (four queries per row). A product or template that
 * another entity refers to is taken to exist (they are never deleted) rather than checked in the database,
 * which EclipseLink otherwise also does in such a transaction. Each node of a cluster has its own cache: an
 * entry lives 10 s, so that a product changed on another node is seen here within that.
 */
public class ReferenceDataCache implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        descriptor.getCachePolicy().setUnitOfWorkCacheIsolationLevel(CachePolicy.USE_SESSION_CACHE_AFTER_TRANSACTION);
        descriptor.setCacheInvalidationPolicy(new TimeToLiveCacheInvalidationPolicy(10_000));
        DoesExistQuery exists = descriptor.getQueryManager().getDoesExistQuery();
        exists.assumeExistenceForDoesExist();
        exists.setCheckCacheFirst(false); // the cache check goes to the database after any bulk update
    }
}
