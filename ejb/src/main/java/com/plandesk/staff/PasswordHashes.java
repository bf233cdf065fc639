package com.plandesk.staff;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Passwords as the security realm reads them: bcrypt in modular crypt form ($2a$10$…), made by the server's own
 * Elytron, the library that checks them at sign-in.
 */
public final class PasswordHashes {

    /** bcrypt's cost: 2^10 rounds. */
    static final int COST = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashes() {
    }

    public static String bcrypt(char[] password) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
            RANDOM.nextBytes(salt);
            return ModularCrypt.encodeAsString(factory.generatePassword(
                    new EncryptablePasswordSpec(password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** Whether the password matches the hash (as the realm would decide). */
    public static boolean matches(String hash, char[] password) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            return factory.verify(factory.translate(ModularCrypt.decode(hash)), password);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
